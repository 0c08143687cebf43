<?php
/**
 * Plugin Name: golden-bridge test: oEmbed from loopback
 * Description: The only change the WordPress test makes: its embed server, on 127.0.0.1 and a
 * port of its own, counts as an external host, so that oEmbed discovery may fetch from it.
 * WordPress refuses loopback hosts and ports other than 80, 443 and 8080 by default.
 */
$gb_embed_port = (int) getenv( 'GB_WP_EMBED_PORT' );

add_filter(
	'http_request_host_is_external',
	static function ( $external, $host ) {
		return $external || '127.0.0.1' === $host;
	},
	10,
	2
);

add_filter(
	'http_allowed_safe_ports',
	static function ( $ports, $host ) use ( $gb_embed_port ) {
		if ( '127.0.0.1' === $host && $gb_embed_port > 0 ) {
			$ports[] = $gb_embed_port;
		}
		return $ports;
	},
	10,
	2
);

<?php
/**
 * The WordPress test's own configuration (scripts/wordpress-test.mjs), used instead of Debian's
 * /usr/share/wordpress/wp-config.php, which reads /etc/wordpress/config-<host>.php: a throwaway
 * database on a socket in a temporary folder, the site on 127.0.0.1. The test passes the values
 * in the environment. Nothing here changes what WordPress does with a post.
 */
$gb_env = static function ( string $name ): string {
	$value = getenv( $name );
	if ( false === $value || '' === $value ) {
		fwrite( STDERR, "wp-config.php: $name is not set\n" );
		exit( 1 );
	}
	return $value;
};

define( 'ABSPATH', rtrim( $gb_env( 'GB_WP_CORE' ), '/' ) . '/' );
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:' . $gb_env( 'GB_WP_SOCKET' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';

define( 'WP_HOME', $gb_env( 'GB_WP_URL' ) );
define( 'WP_SITEURL', $gb_env( 'GB_WP_URL' ) );
// Debian's themes, this test's mu-plugin; anything WordPress writes stays in the temporary folder.
define( 'WP_CONTENT_DIR', $gb_env( 'GB_WP_CONTENT' ) );
define( 'WP_CONTENT_URL', $gb_env( 'GB_WP_URL' ) . '/wp-content' );
define( 'WPMU_PLUGIN_DIR', __DIR__ . '/mu-plugins' );

// WordPress offers application passwords over plain HTTP to 'local' sites only; this one is on loopback.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// No requests to itself (cron) or to wordpress.org: the machine may be offline, and waiting on
// either would only slow the test down.
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', $gb_env( 'GB_WP_CONTENT' ) . '/debug.log' );

require_once ABSPATH . 'wp-settings.php';

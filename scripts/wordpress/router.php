<?php
/**
 * The router of `php -S` for the WordPress test: files that exist under the document root
 * (wp-embed.js, the theme's styles and fonts) are served as they are; every other request goes
 * through WordPress's front controller (what index.php and wp-blog-header.php do), loaded with
 * the test's own wp-config.php.
 */
$gb_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( is_string( $gb_path ) && '/' !== $gb_path && ! str_ends_with( $gb_path, '.php' ) && is_file( $_SERVER['DOCUMENT_ROOT'] . $gb_path ) ) {
	return false;
}
define( 'WP_USE_THEMES', true );
require __DIR__ . '/wp-config.php';
wp();
require ABSPATH . WPINC . '/template-loader.php';

<?php
/**
 * Installs the throwaway site (wp_install) and adds a user with the author role, who has no
 * unfiltered_html, and an application password for that author to use the REST API with.
 * Prints {"user": …, "password": …} as JSON.
 */
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-config.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

wp_install( 'golden-bridge embeds', 'admin', 'admin@example.invalid', false, '', wp_generate_password( 24 ) );

$gb_author = wp_insert_user(
	array(
		'user_login'   => 'author',
		'user_pass'    => wp_generate_password( 24 ),
		'user_email'   => 'author@example.invalid',
		'display_name' => 'An author',
		'role'         => 'author',
	)
);
if ( is_wp_error( $gb_author ) ) {
	fwrite( STDERR, 'install.php: ' . $gb_author->get_error_message() . "\n" );
	exit( 1 );
}
if ( user_can( $gb_author, 'unfiltered_html' ) ) {
	fwrite( STDERR, "install.php: the author may post unfiltered HTML, so the test would prove nothing\n" );
	exit( 1 );
}
$gb_password = WP_Application_Passwords::create_new_application_password( $gb_author, array( 'name' => 'golden-bridge wordpress-test' ) );
if ( is_wp_error( $gb_password ) ) {
	fwrite( STDERR, 'install.php: ' . $gb_password->get_error_message() . "\n" );
	exit( 1 );
}
echo wp_json_encode( array( 'user' => 'author', 'password' => $gb_password[0] ) );

<?php
/**
 * Installs a fresh WordPress site for the test (run by PHP's command line, as the site's own
 * code would run): the site, the plugin switched on with its settings, and an Author.
 * Arguments come as JSON on standard input; the answer is JSON on standard output.
 */
$input = json_decode( stream_get_contents( STDIN ), true );
$_SERVER['HTTP_HOST'] = '127.0.0.1';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

ob_start();
wp_install( 'Anytown Council', 'admin', 'admin@example.test', false, '', $input['adminPassword'] );
ob_end_clean();

$activated = activate_plugin( 'coprod-widgets/coprod-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() );
	exit( 1 );
}
update_option( 'coprod_widgets_settings', coprod_widgets_sanitize( $input['settings'] ) );
$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => $input['authorPassword'],
		'user_email' => 'author@example.test',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, $author->get_error_message() );
	exit( 1 );
}
echo wp_json_encode( array( 'author' => $author, 'active' => is_plugin_active( 'coprod-widgets/coprod-widgets.php' ) ) );

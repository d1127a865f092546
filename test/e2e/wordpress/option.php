<?php
/** Sets one WordPress option (the site's language, for the Welsh case). */
$input = json_decode( stream_get_contents( STDIN ), true );
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';
// WordPress keeps WPLANG only for an installed language pack; Debian's package has none, and
// the page's lang (and determine_locale) follow the option all the same.
add_filter( "sanitize_option_{$input['name']}", function ( $value, $option, $original ) { return $original; }, 10, 3 );
update_option( $input['name'], $input['value'] );
echo wp_json_encode( array( 'value' => get_option( $input['name'] ) ) );

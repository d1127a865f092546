<?php
/**
 * Publishes a post as the Author, through wp_insert_post with the Author's capabilities, so
 * WordPress's HTML filtering (kses) runs exactly as it does when an Author saves in the editor.
 */
$input = json_decode( stream_get_contents( STDIN ), true );
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';

$author = get_user_by( 'login', 'author' );
wp_set_current_user( $author->ID );
$id = wp_insert_post(
	wp_slash(
		array(
			'post_title'   => $input['title'],
			'post_content' => $input['content'],
			'post_status'  => 'publish',
		)
	),
	true
);
if ( is_wp_error( $id ) ) {
	fwrite( STDERR, $id->get_error_message() );
	exit( 1 );
}
echo wp_json_encode(
	array(
		'id'              => $id,
		'url'             => get_permalink( $id ),
		'saved'           => get_post( $id )->post_content,
		'unfilteredHtml'  => current_user_can( 'unfiltered_html' ),
	)
);

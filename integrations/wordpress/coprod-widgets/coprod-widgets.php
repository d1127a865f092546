<?php
/**
 * Plugin Name:       Co-production widgets
 * Description:       Add co-production widgets (find an opportunity, a one-page profile, feedback and what came of it, a person's own page) to any page with a block or a shortcode. Editors paste no scripts: the plugin writes placeholders that survive WordPress's HTML filtering and loads the widgets' script once.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       coprod-widgets
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'coprod_widgets_register' );
add_filter( 'script_loader_tag', 'coprod_widgets_module_tag', 10, 3 );

/** The shortcode, the block and the one script every widget on a page shares. */
function coprod_widgets_register() {
	$script = coprod_widgets_settings()['script_url'];
	// Registered here, enqueued only by a page that shows a widget, so other pages load nothing.
	wp_register_script( 'coprod-widgets', $script ? $script : false, array(), null, true );
	add_shortcode( 'coprod', 'coprod_widgets_shortcode' );
	register_block_type( __DIR__ . '/blocks/widget', array( 'render_callback' => 'coprod_widgets_render_block' ) );
}

/**
 * The widgets are an ES module. WordPress 6.5 has wp_enqueue_script_module; 6.1 (Debian 12)
 * does not, so the one tag is written as a module here and works on both.
 */
function coprod_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'coprod-widgets' !== $handle || ! $src ) {
		return $tag;
	}
	return sprintf( "<script type=\"module\" src=\"%s\" id=\"coprod-widgets-js\"></script>\n", esc_url( $src ) );
}

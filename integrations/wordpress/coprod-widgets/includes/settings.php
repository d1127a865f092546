<?php
/**
 * Settings > Co-production widgets: where the widgets' script and the council's API live.
 * Only administrators (manage_options) see it; the Settings API checks the nonce.
 */

defined( 'ABSPATH' ) || exit;

const COPROD_WIDGETS_OPTION = 'coprod_widgets_settings';

/** The saved settings, with every key present. */
function coprod_widgets_settings() {
	$saved = get_option( COPROD_WIDGETS_OPTION, array() );
	return array_merge(
		array(
			'api_base'      => '',
			'script_url'    => '',
			'fallback_url'  => '',
			'embed_base'    => '',
			'fallback_text' => __( 'See ways to get involved', 'coprod-widgets' ),
		),
		is_array( $saved ) ? $saved : array()
	);
}

/** Only web addresses are kept; anything else is dropped rather than written into pages. */
function coprod_widgets_sanitize( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array();
	foreach ( array( 'api_base', 'script_url', 'fallback_url' ) as $key ) {
		$clean[ $key ] = isset( $input[ $key ] ) ? esc_url_raw( trim( (string) $input[ $key ] ), array( 'https', 'http' ) ) : '';
	}
	// "off" keeps placeholders only (no content before JavaScript); empty means beside the API.
	$embed               = isset( $input['embed_base'] ) ? trim( (string) $input['embed_base'] ) : '';
	$clean['embed_base'] = 'off' === strtolower( $embed ) ? 'off' : esc_url_raw( $embed, array( 'https', 'http' ) );
	$text                   = isset( $input['fallback_text'] ) ? sanitize_text_field( $input['fallback_text'] ) : '';
	$clean['fallback_text'] = '' !== $text ? $text : __( 'See ways to get involved', 'coprod-widgets' );
	return $clean;
}

add_action( 'admin_init', 'coprod_widgets_admin_init' );
add_action( 'admin_menu', 'coprod_widgets_admin_menu' );

function coprod_widgets_admin_init() {
	register_setting( 'coprod_widgets', COPROD_WIDGETS_OPTION, array( 'sanitize_callback' => 'coprod_widgets_sanitize' ) );
	add_settings_section( 'coprod_widgets_main', __( 'Where the widgets come from', 'coprod-widgets' ), '__return_false', 'coprod_widgets' );
	$fields = array(
		'api_base'      => array( __( 'API address', 'coprod-widgets' ), __( 'For example https://involve.example.gov.uk/api/v1', 'coprod-widgets' ) ),
		'script_url'    => array( __( 'Script address', 'coprod-widgets' ), __( 'The address of coprod-autoload.js, for example https://involve.example.gov.uk/widgets/coprod-autoload.js. Its server must allow this site (CORS).', 'coprod-widgets' ) ),
		'fallback_url'  => array( __( 'Page to link to without JavaScript', 'coprod-widgets' ), __( 'Optional. Shown until the widget loads, and if it cannot.', 'coprod-widgets' ) ),
		'fallback_text' => array( __( 'Words for that link', 'coprod-widgets' ), '' ),
		'embed_base'    => array( __( 'Address of the content shown before JavaScript', 'coprod-widgets' ), __( 'Optional. The opportunity list is written into the page by this server, so people see it before (or without) JavaScript. Leave empty to use the API\'s server (its /embed address); write off to show only the link above until the script runs.', 'coprod-widgets' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'coprod_widgets_' . $key,
			$field[0],
			'coprod_widgets_field',
			'coprod_widgets',
			'coprod_widgets_main',
			array( 'key' => $key, 'hint' => $field[1], 'label_for' => 'coprod_widgets_' . $key )
		);
	}
}

function coprod_widgets_field( $args ) {
	$settings = coprod_widgets_settings();
	$key      = $args['key'];
	$hint_id  = 'coprod_widgets_' . $key . '_hint';
	printf(
		'<input type="%1$s" class="regular-text" id="coprod_widgets_%2$s" name="%3$s[%2$s]" value="%4$s"%5$s>',
		in_array( $key, array( 'fallback_text', 'embed_base' ), true ) ? 'text' : 'url',
		esc_attr( $key ),
		esc_attr( COPROD_WIDGETS_OPTION ),
		esc_attr( $settings[ $key ] ),
		$args['hint'] ? ' aria-describedby="' . esc_attr( $hint_id ) . '"' : ''
	);
	if ( $args['hint'] ) {
		printf( '<p class="description" id="%s">%s</p>', esc_attr( $hint_id ), esc_html( $args['hint'] ) );
	}
}

function coprod_widgets_admin_menu() {
	add_options_page( __( 'Co-production widgets', 'coprod-widgets' ), __( 'Co-production widgets', 'coprod-widgets' ), 'manage_options', 'coprod-widgets', 'coprod_widgets_settings_page' );
}

function coprod_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Co-production widgets', 'coprod-widgets' ) . '</h1>';
	echo '<p>' . esc_html__( 'Editors add a widget with the "Co-production widget" block, or with a shortcode such as [coprod widget="opportunity-list" topic="carers"].', 'coprod-widgets' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'coprod_widgets' );
	do_settings_sections( 'coprod_widgets' );
	submit_button();
	echo '</form></div>';
}

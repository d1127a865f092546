<?php
/**
 * What a block or a shortcode writes into the page: a `data-coprod` placeholder, which the
 * widgets' autoloader turns into the element. A placeholder is a plain `<div>` with `data-`
 * attributes, which WordPress's HTML filtering (kses) keeps for every role, so an Author's
 * page works without the unfiltered_html capability.
 */

defined( 'ABSPATH' ) || exit;

/** The widgets an editor may place, and the words shown for each in the block's list. */
function coprod_widgets_names() {
	return array(
		'opportunity-list' => __( 'Opportunities to get involved (a list people can search)', 'coprod-widgets' ),
		'opportunity'      => __( 'One opportunity', 'coprod-widgets' ),
		'profile-form'     => __( 'A one-page profile people can fill in', 'coprod-widgets' ),
		'feedback-loop'    => __( 'Feedback, and what was done with it', 'coprod-widgets' ),
		'my-involvement'   => __( "A person's own page (their profile, interest and feedback)", 'coprod-widgets' ),
		'evaluation'       => __( 'How well we involved you (people reach it from an email)', 'coprod-widgets' ),
		'claim'            => __( 'Claim pay and expenses (people reach it from their own page or an email)', 'coprod-widgets' ),
		'involvement-results' => __( 'How well people were involved, and what changed', 'coprod-widgets' ),
	);
}

/** Options an editor may set, as the widgets' attribute names. */
function coprod_widgets_options() {
	return array( 'topic', 'area', 'organisation', 'opportunity-id', 'locale', 'reading-level', 'theme', 'heading-level' );
}

/** `[coprod widget="opportunity-list" topic="carers"]` */
function coprod_widgets_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	return coprod_widgets_placeholder( array_change_key_case( $atts, CASE_LOWER ) );
}

/** The block stores camelCase attributes; the widgets take kebab-case ones. */
function coprod_widgets_render_block( $attributes ) {
	$options = array();
	foreach ( (array) $attributes as $name => $value ) {
		$options[ strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) ) ] = $value;
	}
	return coprod_widgets_placeholder( $options );
}

/**
 * One placeholder. Unknown widgets and options are left out (an editor sees why; a reader sees
 * nothing broken). Without JavaScript, or before it runs, the reader sees the fallback link.
 */
function coprod_widgets_placeholder( array $options ) {
	$widget = isset( $options['widget'] ) ? (string) $options['widget'] : 'opportunity-list';
	if ( ! array_key_exists( $widget, coprod_widgets_names() ) ) {
		return current_user_can( 'edit_posts' )
			? '<p>' . esc_html( sprintf( __( 'There is no co-production widget called "%s".', 'coprod-widgets' ), $widget ) ) . '</p>'
			: '';
	}
	$settings   = coprod_widgets_settings();
	$attributes = array( 'data-coprod' => $widget );
	if ( $settings['api_base'] ) {
		$attributes['data-api-base'] = $settings['api_base'];
	}
	if ( $settings['fallback_url'] ) {
		$attributes['data-fallback-href'] = $settings['fallback_url'];
	}
	foreach ( coprod_widgets_options() as $name ) {
		$value = isset( $options[ $name ] ) ? trim( (string) $options[ $name ] ) : '';
		if ( '' !== $value ) {
			$attributes[ 'data-' . $name ] = $value;
		}
	}
	wp_enqueue_script( 'coprod-widgets' );
	$rendered = coprod_widgets_server_rendered( $widget, $options, $settings );
	if ( '' !== $rendered ) {
		return sprintf( '<div class="coprod-widget coprod-widget--rendered" data-coprod-rendered="%s">%s</div>', esc_attr( $widget ), $rendered );
	}
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return sprintf( '<div class="coprod-widget"%s>%s</div>', $html, coprod_widgets_fallback( $settings ) );
}

/**
 * Content before JavaScript, for the opportunity list: the reference server renders the widget
 * (GET /embed/opportunity-list) and the page carries that HTML, so a reader sees the
 * opportunities, with links that work, before the script
 * runs or without it; the script then takes the content over without drawing it again. This is
 * the plugin's output, not post content, so kses never sees it. Kept for a minute (the server
 * says the same); if the server does not answer within 3 seconds, or answers anything but the
 * widget, the page gets the placeholder instead (and asks again in 10 seconds).
 */
function coprod_widgets_server_rendered( $widget, array $options, array $settings ) {
	// The board's embed is the board alone, and a placed feedback-loop also holds the form, so
	// only the list is written ahead; a colour theme is not something the server renders.
	$query_names = array(
		'opportunity-list' => array( 'topic', 'area', 'organisation', 'locale', 'reading-level', 'heading-level' ),
	);
	$embed_base = coprod_widgets_embed_base( $settings );
	if ( ! isset( $query_names[ $widget ] ) || '' === $embed_base || ! empty( $options['theme'] ) ) {
		return '';
	}
	$query = array();
	foreach ( $query_names[ $widget ] as $name ) {
		$value = isset( $options[ $name ] ) ? trim( (string) $options[ $name ] ) : '';
		if ( '' !== $value ) {
			$query[ 'locale' === $name ? 'lang' : $name ] = $value;
		}
	}
	// With no language chosen, a placeholder's widget follows the page's <html lang>; the
	// rendered one carries its language, so ask for the site's own (a Welsh site gets Welsh).
	if ( ! isset( $query['lang'] ) && 0 === strpos( (string) determine_locale(), 'cy' ) ) {
		$query['lang'] = 'cy';
	}
	if ( $settings['fallback_url'] ) {
		$query['fallback-href'] = $settings['fallback_url'];
	}
	$url = $embed_base . '/' . $widget . ( $query ? '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 ) : '' );
	$key = 'coprod_widgets_' . md5( $url );
	$html = get_transient( $key );
	if ( false === $html ) {
		$response = wp_remote_get( $url, array( 'timeout' => 3 ) );
		$html     = '';
		if ( ! is_wp_error( $response ) && 200 === (int) wp_remote_retrieve_response_code( $response ) ) {
			$body = trim( (string) wp_remote_retrieve_body( $response ) );
			// Lit's markers (<!--lit-part ...-->) come first; then the element itself.
			$html = preg_match( '#^(<!--[^>]*-->\s*)*<coprod-' . preg_quote( $widget, '#' ) . '[\s>]#', $body ) ? $body : '';
		}
		// The server names its own public address as the element's API; a site that reaches
		// the API another way (a path on its own domain, through a proxy) keeps its setting.
		if ( '' !== $html && $settings['api_base'] ) {
			$html = preg_replace( '#(<coprod-' . preg_quote( $widget, '#' ) . '\s[^>]*?)api-base="[^"]*"#', '${1}api-base="' . esc_attr( $settings['api_base'] ) . '"', $html, 1 );
		}
		set_transient( $key, $html, '' === $html ? 10 : 60 );
	}
	return (string) $html;
}

/**
 * Where the server renders widgets: the setting if given, or else beside the API
 * (https://involve.example.gov.uk/api/v1 gives https://involve.example.gov.uk/embed).
 * Empty (placeholders only) when neither is known or the setting says "off".
 */
function coprod_widgets_embed_base( array $settings ) {
	$setting = isset( $settings['embed_base'] ) ? trim( (string) $settings['embed_base'] ) : '';
	if ( 'off' === $setting ) {
		return '';
	}
	if ( '' !== $setting ) {
		return untrailingslashit( $setting );
	}
	$api = untrailingslashit( (string) $settings['api_base'] );
	return preg_match( '#^https?://.+/api/v1$#', $api ) ? substr( $api, 0, -strlen( '/api/v1' ) ) . '/embed' : '';
}

/** What shows before the script runs: a link to the council's own page, if it gave one. */
function coprod_widgets_fallback( array $settings ) {
	if ( ! $settings['fallback_url'] ) {
		return '';
	}
	return sprintf( '<p><a href="%s">%s</a></p>', esc_url( $settings['fallback_url'] ), esc_html( $settings['fallback_text'] ) );
}

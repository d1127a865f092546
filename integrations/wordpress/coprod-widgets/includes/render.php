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
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	wp_enqueue_script( 'coprod-widgets' );
	return sprintf( '<div class="coprod-widget"%s>%s</div>', $html, coprod_widgets_fallback( $settings ) );
}

/** What shows before the script runs: a link to the council's own page, if it gave one. */
function coprod_widgets_fallback( array $settings ) {
	if ( ! $settings['fallback_url'] ) {
		return '';
	}
	return sprintf( '<p><a href="%s">%s</a></p>', esc_url( $settings['fallback_url'] ), esc_html( $settings['fallback_text'] ) );
}

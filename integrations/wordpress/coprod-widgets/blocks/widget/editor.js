/**
 * The block's editor: a plain script on WordPress's own globals, so the plugin needs no build
 * step. The page shows a placeholder written by PHP (render.php); the editor shows a summary
 * of the chosen widget and its options in the sidebar.
 */
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var TextControl = wp.components.TextControl;

	var widgets = [
		{ value: 'opportunity-list', label: __( 'Opportunities to get involved', 'coprod-widgets' ) },
		{ value: 'opportunity', label: __( 'One opportunity', 'coprod-widgets' ) },
		{ value: 'profile-form', label: __( 'A one-page profile', 'coprod-widgets' ) },
		{ value: 'feedback-loop', label: __( 'Feedback, and what was done with it', 'coprod-widgets' ) },
		{ value: 'my-involvement', label: __( "A person's own page", 'coprod-widgets' ) }
	];
	var languages = [
		{ value: '', label: __( "The page's language", 'coprod-widgets' ) },
		{ value: 'en', label: 'English' },
		{ value: 'cy', label: 'Cymraeg' }
	];
	var readings = [
		{ value: '', label: __( 'Standard', 'coprod-widgets' ) },
		{ value: 'easy-read', label: __( 'Easy read', 'coprod-widgets' ) }
	];

	function text( props, name, label, help ) {
		return el( TextControl, {
			label: label,
			help: help,
			value: props.attributes[ name ],
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			}
		} );
	}

	wp.blocks.registerBlockType( 'coprod/widget', {
		edit: function ( props ) {
			var a = props.attributes;
			var chosen = widgets.filter( function ( w ) { return w.value === a.widget; } )[ 0 ];
			return el(
				'div',
				useBlockProps( { className: 'coprod-widget-editor' } ),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Widget', 'coprod-widgets' ) },
						el( SelectControl, { label: __( 'Which widget', 'coprod-widgets' ), value: a.widget, options: widgets, onChange: function ( value ) { props.setAttributes( { widget: value } ); } } ),
						text( props, 'topic', __( 'Topic', 'coprod-widgets' ), __( 'For example carers. Leave empty for every topic.', 'coprod-widgets' ) ),
						text( props, 'area', __( 'Area', 'coprod-widgets' ) ),
						text( props, 'organisation', __( 'Organisation', 'coprod-widgets' ) ),
						a.widget === 'opportunity' ? text( props, 'opportunityId', __( 'Opportunity number', 'coprod-widgets' ) ) : null,
						el( SelectControl, { label: __( 'Language', 'coprod-widgets' ), value: a.locale, options: languages, onChange: function ( value ) { props.setAttributes( { locale: value } ); } } ),
						el( SelectControl, { label: __( 'Reading level', 'coprod-widgets' ), value: a.readingLevel, options: readings, onChange: function ( value ) { props.setAttributes( { readingLevel: value } ); } } ),
						text( props, 'headingLevel', __( 'Heading level (2 to 6)', 'coprod-widgets' ), __( 'One below the heading above the widget on this page.', 'coprod-widgets' ) )
					)
				),
				el( 'p', null, el( 'strong', null, __( 'Co-production widget', 'coprod-widgets' ) + ': ' ), chosen ? chosen.label : a.widget ),
				a.topic ? el( 'p', null, __( 'Topic', 'coprod-widgets' ) + ': ' + a.topic ) : null,
				el( 'p', null, __( 'The widget shows on the published page.', 'coprod-widgets' ) )
			);
		},
		save: function () {
			return null;
		}
	} );
} )( window.wp );

/*
 * The demo's one script, and an optional one: every form works without it. With the client
 * runtime, a form being submitted has aria-busy="true" (app.css dims it); this marks the button
 * that was clicked, so that its spinner shows, as the runtime's sa:submit event tells which.
 */
document.addEventListener('sa:submit', function (event) {
	var form = event.detail.form;
	form.querySelectorAll('[data-pending]').forEach(function (button) {
		button.removeAttribute('data-pending');
	});
	if (event.detail.submitter) {
		event.detail.submitter.setAttribute('data-pending', '');
	}
});

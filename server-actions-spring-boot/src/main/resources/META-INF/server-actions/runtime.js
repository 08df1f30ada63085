/*! Server Actions for Spring Boot: client runtime. No dependencies. Apache-2.0. */
(function () {
	'use strict';
	if (!window.fetch || !window.FormData || !window.DOMParser || window.ServerActions) {
		return;
	}
	var script = document.currentScript;
	var csrfHeader = script && script.getAttribute('data-csrf-header');
	var csrfToken = script && script.getAttribute('data-csrf-token');
	var own = script && script.src.split('?')[0];
	var busy = new WeakSet();
	var inFlight = 0;

	function emit(target, name, detail, cancelable) {
		var event = new CustomEvent(name, { bubbles: true, cancelable: !!cancelable, detail: detail });
		return (target.isConnected ? target : document).dispatchEvent(event);
	}

	function headers(extra) {
		var all = { 'Accept': extra.accept };
		if (extra.id) {
			all['Sa-Action'] = extra.id;
		}
		if (extra.name) {
			all['Sa-Action-Name'] = extra.name;
		}
		if (csrfHeader && csrfToken) {
			all[csrfHeader] = csrfToken;
		}
		return all;
	}

	function body(form, submitter) {
		var data;
		try {
			data = new FormData(form, submitter);
		}
		catch (e) {
			data = new FormData(form);
			if (submitter && submitter.name) {
				data.append(submitter.name, submitter.value);
			}
		}
		if ((form.enctype || '').indexOf('multipart') === 0) {
			return data;
		}
		var params = new URLSearchParams();
		data.forEach(function (value, key) {
			params.append(key, typeof value === 'string' ? value : value.name);
		});
		return params;
	}

	function setBusy(form, on) {
		var buttons = form.querySelectorAll('button, input[type=submit], input[type=image]');
		if (on) {
			inFlight += busy.has(form) ? 0 : 1;
			busy.add(form);
			form.setAttribute('aria-busy', 'true');
		}
		else {
			inFlight -= busy.has(form) ? 1 : 0;
			busy.delete(form);
			form.removeAttribute('aria-busy');
		}
		for (var i = 0; i < buttons.length; i++) {
			var button = buttons[i];
			if (button.type === 'button' || button.type === 'reset') {
				continue;
			}
			if (on && !button.disabled) {
				button.disabled = true;
				button.setAttribute('data-sa-disabled', '');
			}
			else if (!on && button.hasAttribute('data-sa-disabled')) {
				button.disabled = false;
				button.removeAttribute('data-sa-disabled');
			}
		}
	}

	/* Where the focus is, described so that it can be found again in the new page. */
	function focusKey() {
		var el = document.activeElement;
		if (!el || el === document.body) {
			return null;
		}
		return {
			id: el.id, name: el.name, form: el.form && el.form.id,
			start: el.selectionStart, end: el.selectionEnd
		};
	}

	function restoreFocus(key) {
		if (!key) {
			return;
		}
		var el = key.id ? document.getElementById(key.id) : null;
		if (!el && key.name) {
			var scope = (key.form && document.getElementById(key.form)) || document;
			el = scope.querySelector('[name="' + String(key.name).replace(/["\\]/g, '\\$&') + '"]');
		}
		if (el && el.focus) {
			el.focus({ preventScroll: true });
			try {
				if (key.start != null && el.setSelectionRange) {
					el.setSelectionRange(key.start, key.end);
				}
			}
			catch (e) {
				/* not a text field */
			}
		}
	}

	/* Parsed scripts never run: each one that came in is replaced by a copy, in order. */
	function rerun(old) {
		if (old.isConnected && !old.noModule && /^(module|.*script)?$/i.test(old.type)
				&& !(old.src && old.src.split('?')[0] === own)) {
			var fresh = document.createElement('script');
			[].forEach.call(old.attributes, function (a) {
				fresh.setAttribute(a.name, a.value);
			});
			fresh.text = old.text;
			old.replaceWith(fresh);
			return fresh.src && new Promise(function (done) {
				fresh.onload = fresh.onerror = done;
			});
		}
	}

	/* Swaps the regions (elements with an id and data-sa-region) of the new page in, else the body. */
	function swap(html) {
		var next = new DOMParser().parseFromString(html, 'text/html');
		var x = window.scrollX, y = window.scrollY, focus = focusKey();
		var regions = document.querySelectorAll('[data-sa-region][id]');
		var added = [], ran = Promise.resolve();
		for (var i = 0; i < regions.length; i++) {
			var replacement = next.getElementById(regions[i].id);
			if (replacement) {
				regions[i].replaceWith(document.adoptNode(replacement));
				added.push(replacement);
			}
		}
		if (!added.length) {
			document.body.replaceWith(document.adoptNode(next.body));
			added.push(document.body);
		}
		if (next.title) {
			document.title = next.title;
		}
		restoreFocus(focus);
		window.scrollTo(x, y);
		added.forEach(function (root) {
			[].forEach.call(root.querySelectorAll('script'), function (old) {
				ran = ran.then(function () {
					return rerun(old);
				});
			});
		});
		ran.then(function () {
			emit(document, 'serveractions:load', {});
		});
	}

	function push(url) {
		if (url && url !== location.href) {
			history.replaceState({ sa: 1 }, '');
			history.pushState({ sa: 1 }, '', url);
		}
	}

	/*
	 * Before the reload that answers a stale action id, what the user typed in the form is kept
	 * in sessionStorage, and put back into the same form of the reloaded page, with the server's
	 * message ("This form is out of date...") next to it, so nobody believes it was saved.
	 * Hidden, password and file fields are not kept: ids and tokens must come fresh, secrets stay
	 * out of storage.
	 */
	var KEPT = 'sa:kept';

	function keep(form, message) {
		var fields = [];
		for (var i = 0; i < form.elements.length; i++) {
			var el = form.elements[i];
			if (el.name && !/^(hidden|password|file|submit|button|image|reset)$/.test(el.type)) {
				fields.push([el.name, /^(checkbox|radio)$/.test(el.type) ? el.checked : el.value]);
			}
		}
		try {
			sessionStorage.setItem(KEPT, JSON.stringify({
				path: location.pathname, form: form.id, index: [].indexOf.call(document.forms, form), fields: fields,
				message: message
			}));
		}
		catch (e) {
			/* storage unavailable: the reload still recovers the page */
		}
	}

	function restoreKept() {
		var kept;
		try {
			kept = JSON.parse(sessionStorage.getItem(KEPT));
			sessionStorage.removeItem(KEPT);
		}
		catch (e) {
			return;
		}
		var form = kept && kept.path === location.pathname
				&& (kept.form ? document.getElementById(kept.form) : document.forms[kept.index]);
		if (!form) {
			return;
		}
		kept.fields.forEach(function (field) {
			var el = form.elements.namedItem(field[0]);
			if (el && el.length === undefined) {
				if (typeof field[1] === 'boolean') {
					el.checked = field[1];
				}
				else {
					el.value = field[1];
				}
			}
		});
		if (kept.message) {
			alertAt(form, kept.message);
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', restoreKept);
	}
	else {
		restoreKept();
	}

	function titleOf(html) {
		return { title: new DOMParser().parseFromString(html, 'text/html').title };
	}

	/* A message next to the form, announced to screen readers; emitting sa:error with
	   preventDefault() leaves showing it to the page. */
	function alertAt(form, text) {
		var alert = form.previousElementSibling;
		if (!alert || !alert.hasAttribute('data-sa-alert')) {
			alert = document.createElement('p');
			alert.setAttribute('data-sa-alert', '');
			alert.setAttribute('role', 'alert');
			form.parentNode.insertBefore(alert, form);
		}
		alert.textContent = text;
	}

	function problemOf(response) {
		var type = response.headers.get('Content-Type') || '';
		return type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
	}

	function submit(form, submitter, id) {
		var detail = { form: form, submitter: submitter, action: id };
		if (!emit(form, 'sa:submit', detail, true)) {
			return;
		}
		var url = submitter && submitter.hasAttribute('formaction') ? submitter.formAction : form.action;
		var payload = body(form, submitter);
		setBusy(form, true);
		fetch(url, {
			method: 'POST', body: payload, credentials: 'same-origin',
			headers: headers({ id: id, accept: 'text/html, application/problem+json' })
		}).then(function (response) {
			detail.status = response.status;
			detail.outcome = response.redirected ? 'redirect' : response.headers.get('Sa-Outcome');
			if (response.headers.get('Sa-Action-Not-Found')) {
				return problemOf(response).then(null, function () { return null; }).then(function (problem) {
					keep(form, problem && [problem.title, problem.detail].filter(Boolean).join('. '));
					location.reload();
				});
			}
			var to = response.headers.get('Sa-Location');
			if (to) {
				/* the action succeeded but its page could not be rendered again: load it */
				location.assign(to);
				return null;
			}
			var type = response.headers.get('Content-Type') || '';
			if (type.indexOf('text/html') !== 0 || !(response.ok || detail.outcome)) {
				if (response.redirected) {
					location.assign(response.url);
					return null;
				}
				/* not a page of this action: say it failed, keep the form and the input */
				return (type.indexOf('json') >= 0 ? response.json() : response.text().then(titleOf))
					.then(null, function () { return null; })
					.then(function (problem) {
						setBusy(form, false);
						detail.problem = problem;
						if (emit(form, 'sa:error', detail, true)) {
							alertAt(form, (problem && (problem.detail || problem.title))
									|| ('The action failed (HTTP ' + response.status + ').'));
						}
					});
			}
			return response.text().then(function (html) {
				setBusy(form, false);
				if (response.redirected) {
					push(response.url);
				}
				swap(html);
				emit(form, response.ok ? 'sa:success' : 'sa:error', detail);
			});
		}).catch(function (error) {
			/* network failure: the form and the input stay as they were */
			setBusy(form, false);
			detail.error = error;
			emit(form, 'sa:error', detail);
		});
	}

	document.addEventListener('submit', function (event) {
		var form = event.target;
		var submitter = event.submitter;
		var id = (submitter && submitter.getAttribute('data-sa-action')) || form.getAttribute('data-sa-action');
		if (!id || event.defaultPrevented) {
			return;
		}
		event.preventDefault();
		if (!busy.has(form)) {
			submit(form, submitter, id);
		}
	});

	window.addEventListener('popstate', function (event) {
		if (event.state && event.state.sa) {
			location.reload();
		}
	});

	function toBody(data) {
		if (data == null || data instanceof FormData || data instanceof URLSearchParams) {
			return data == null ? new URLSearchParams() : data;
		}
		var params = new URLSearchParams();
		Object.keys(data).forEach(function (key) {
			[].concat(data[key]).forEach(function (value) {
				params.append(key, value == null ? '' : String(value));
			});
		});
		return params;
	}

	window.ServerActions = {
		/**
		 * Calls an action by name from script and resolves with its JSON outcome
		 * ({outcome, result, location}); rejects with an Error carrying status and problem.
		 */
		call: function (name, data) {
			return fetch(location.href, {
				method: 'POST', body: toBody(data), credentials: 'same-origin',
				headers: headers({ name: name, accept: 'application/json' })
			}).then(function (response) {
				return problemOf(response).then(function (json) {
					if (response.ok) {
						emit(document, 'sa:success', { action: name, status: response.status, outcome: json });
						return json;
					}
					var error = new Error((json && (json.detail || json.title)) || ('HTTP ' + response.status));
					error.status = response.status;
					error.problem = json;
					emit(document, 'sa:error', { action: name, status: response.status, problem: json });
					throw error;
				});
			});
		}
	};
	/*
	 * Live pages. A region rendered with sa:live ends with <template data-sa-subscription>: the
	 * signed tags it was rendered from, and when (data-sa-since). One EventSource per tab listens
	 * to all of them; a "refresh" event (data: when the revalidation happened) newer than the
	 * regions makes one GET of this URL, debounced, and the live regions of the answer are morphed
	 * in. An event the page already shows (this tab's own action answered after it) is ignored;
	 * while an action of this tab is in flight, its answer comes first.
	 */
	var live = { source: null, url: null, since: 0, pending: 0, timer: 0, fetching: false, failures: 0 };
	var LIVE_DEBOUNCE = 120;

	function liveMarks(root) {
		return root.querySelectorAll('template[data-sa-subscription]');
	}

	/* The outermost live regions, in document order. */
	function liveRegions(root) {
		var parents = [].map.call(liveMarks(root), function (mark) {
			return mark.parentElement;
		});
		return parents.filter(function (region, i) {
			return region && parents.every(function (other, j) {
				return i === j || !other || other === region || !other.contains(region);
			}) && parents.indexOf(region) === i;
		});
	}

	function liveConnect() {
		var marks = liveMarks(document);
		if (!marks.length || !window.EventSource || !own) {
			if (live.source) {
				live.source.close();
			}
			live.source = live.url = null;
			return;
		}
		var since = Infinity, query = [];
		[].forEach.call(marks, function (mark) {
			query.push('s=' + encodeURIComponent(mark.getAttribute('data-sa-subscription')));
			since = Math.min(since, Number(mark.getAttribute('data-sa-since')));
		});
		live.since = since;
		var url = own.replace(/\/runtime\.js$/, '/live') + '?' + query.join('&');
		if (live.source && live.url === url) {
			return;
		}
		if (live.source) {
			live.source.close();
		}
		var source = live.source = new EventSource(url);
		live.url = url;
		source.addEventListener('refresh', function (event) {
			liveEvent(Number(event.data));
		});
		source.onopen = function () {
			live.failures = 0;
		};
		source.onerror = function () {
			/* CONNECTING: the browser reconnects, and the server refreshes a page that missed one.
			   CLOSED: refused (a subscription signed under a rotated secret, a full instance):
			   refresh later, which brings new subscriptions, and connect again. */
			if (source.readyState === 2 && live.source === source) {
				live.source = live.url = null;
				var delay = Math.min(60000, 1000 * Math.pow(2, live.failures++)) * (0.5 + Math.random() / 2);
				setTimeout(function () {
					live.pending = Math.max(live.pending, live.since);
					liveRefresh();
				}, delay);
			}
		};
	}

	function liveEvent(time) {
		if (time < live.since) {
			return; /* the page already shows it */
		}
		live.pending = Math.max(live.pending, time);
		if (!live.timer) {
			live.timer = setTimeout(liveRun, LIVE_DEBOUNCE);
		}
	}

	function liveRun() {
		live.timer = 0;
		if (inFlight > 0 || live.fetching) {
			live.timer = setTimeout(liveRun, LIVE_DEBOUNCE);
		}
		else if (live.pending >= live.since) {
			liveRefresh();
		}
	}

	function liveRefresh() {
		live.fetching = true;
		var stopped = false;
		fetch(location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) {
				if (response.redirected || response.status === 401 || response.status === 403) {
					/* this URL is no longer this user's page (signed out, session expired, moved):
					   what the tab shows and what the user typed stay; live updates stop */
					stopped = true;
					liveStop({ status: response.status, url: response.url });
					return null;
				}
				var type = response.headers.get('Content-Type') || '';
				return response.ok && type.indexOf('text/html') === 0 ? response.text() : null;
			})
			.then(function (html) {
				if (html != null && inFlight === 0) {
					liveMorph(new DOMParser().parseFromString(html, 'text/html'));
				}
			}, function () {
				/* offline: the stream reconnects and asks again */
			})
			.then(function () {
				live.fetching = false;
				if (!stopped) {
					liveConnect();
				}
			});
	}

	/* Until the page is replaced (an action's answer, a navigation), no stream and no refresh. */
	function liveStop(detail) {
		if (live.source) {
			live.source.close();
		}
		clearTimeout(live.timer);
		live.source = live.url = null;
		live.timer = 0;
		live.pending = 0;
		emit(document, 'sa:live-stopped', detail);
	}

	function liveMorph(next) {
		var from = liveRegions(document), to = liveRegions(next);
		var count = 0;
		from.forEach(function (region, i) {
			var match = (region.id && next.getElementById(region.id)) || (from.length === to.length && to[i]);
			if (match && match.nodeName === region.nodeName) {
				morphElement(region, match);
				count++;
			}
		});
		emit(document, 'sa:refresh', { regions: count });
	}

	/* Morphs an element into its new version in place: what is the same stays the same node, so
	   focus, caret, selection, scroll and typed values survive. Form controls keep what the user
	   changed (the browser's dirty flags: only attributes, the defaults, are updated); open
	   <details> and <dialog> keep their open state. */
	function morphElement(from, to) {
		var keepOpen = from.nodeName === 'DETAILS' || from.nodeName === 'DIALOG';
		[].slice.call(from.attributes).forEach(function (a) {
			if (!to.hasAttribute(a.name) && !(keepOpen && a.name === 'open')) {
				from.removeAttribute(a.name);
			}
		});
		[].forEach.call(to.attributes, function (a) {
			if (from.getAttribute(a.name) !== a.value && !(keepOpen && a.name === 'open')) {
				from.setAttribute(a.name, a.value);
			}
		});
		if (from.nodeName === 'TEMPLATE') {
			from.innerHTML = to.innerHTML;
			return;
		}
		var cur = from.firstChild;
		for (var next = to.firstChild; next; next = next.nextSibling) {
			var match = matching(cur, next);
			if (match) {
				if (match !== cur) {
					from.insertBefore(match, cur);
				}
				if (match.nodeType === 1) {
					morphElement(match, next);
				}
				else if (match.nodeValue !== next.nodeValue) {
					match.nodeValue = next.nodeValue;
				}
				cur = match.nextSibling;
			}
			else {
				from.insertBefore(document.importNode(next, true), cur);
			}
		}
		while (cur) {
			var gone = cur;
			cur = cur.nextSibling;
			gone.remove();
		}
	}

	/* The old node to morph into `next`: the one with its id further on, else the current one if alike. */
	function matching(cur, next) {
		if (next.nodeType === 1 && next.id) {
			for (var node = cur; node; node = node.nextSibling) {
				if (node.nodeType === 1 && node.id === next.id && node.nodeName === next.nodeName) {
					return node;
				}
			}
			return null;
		}
		return cur && cur.nodeType === next.nodeType && cur.nodeName === next.nodeName
				&& !(cur.nodeType === 1 && cur.id) ? cur : null;
	}

	document.addEventListener('serveractions:load', liveConnect);
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', liveConnect);
	}
	else {
		liveConnect();
	}
})();

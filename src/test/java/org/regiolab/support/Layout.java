package org.regiolab.support;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

/**
 * What axe-core does not see: whether a page fits a phone's width without horizontal scrolling
 * (WCAG 1.4.10 Reflow, at 320 CSS pixels) and a desktop's, and whether every visible label stands
 * by its field. {@link Browser#check} runs it on every page a test visits, at both widths, with
 * one evaluation in the page per width.
 */
final class Layout {

	/** A phone held upright, the width WCAG 1.4.10 asks pages to fit, and a desktop. */
	static final List<Integer> WIDTHS = List.of(320, 1280);

	/*
	 * Returns one line per problem. A page is too wide when the root scrolls sideways; the
	 * culprits named are the outermost elements that reach past the window (the content of a box
	 * that scrolls or clips on its own is not the page's problem, unless it is positioned outside
	 * that box's reach), or, if no box does, an element whose text runs out of it.
	 *
	 * A label stands by its field when the two boxes touch or overlap (a tile whose radio button
	 * lies over it), when they stand side by side on one line (a checkbox and its label, the
	 * fact-sheet form's rows), or when the label stands above the field, overlapping it
	 * horizontally, with no other label or field in between (a hint or an error, however long, may be): so
	 * a grid or column layout that puts a label under or beside the wrong field fails, and so
	 * does a field whose label is somewhere else.
	 */
	private static final String SCRIPT = """
			() => {
			  const problems = [];
			  const root = document.documentElement;
			  const width = root.clientWidth;
			  const name = el => {
			    let s = el.tagName.toLowerCase();
			    if (el.id) s += '#' + el.id;
			    if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\\s+/).join('.');
			    const text = (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ');
			    return s + (text ? ' "' + text.slice(0, 40) + (text.length > 40 ? '…' : '') + '"' : '');
			  };
			  const shown = el => {
			    const r = el.getBoundingClientRect();
			    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
			  };
			  const scrollsOrClips = el => getComputedStyle(el).overflowX !== 'visible';
			  if (root.scrollWidth > width) {
			    const culprits = [];
			    // inside a box that scrolls or clips, only what is positioned may escape it (to a containing block outside)
			    const walk = (el, clipped) => {
			      for (const child of el.children) {
			        const r = child.getBoundingClientRect();
			        const escapes = !clipped || ['absolute', 'fixed'].includes(getComputedStyle(child).position);
			        if (escapes && r.right > width + 0.5 && r.width > 0) {
			          culprits.push(name(child) + ' (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px)');
			        } else {
			          walk(child, clipped || scrollsOrClips(child));
			        }
			      }
			    };
			    walk(document.body, false);
			    if (culprits.length === 0) {
			      for (const el of document.body.querySelectorAll('*')) {
			        if (el.scrollWidth > el.clientWidth + 1 && !scrollsOrClips(el) && el.clientWidth > 0 && culprits.length < 5) {
			          culprits.push(name(el) + ' (content ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px)');
			        }
			      }
			    }
			    problems.push('the page is ' + root.scrollWidth + ' px wide in a window of ' + width + ' px; too wide: '
			        + (culprits.slice(0, 8).join(', ') || 'nothing named'));
			  }
			  const fields = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, label')].filter(shown);
			  for (const label of document.querySelectorAll('label[for]')) {
			    const field = document.getElementById(label.htmlFor);
			    if (!field || !shown(label) || !shown(field)) continue;
			    const l = label.getBoundingClientRect(), f = field.getBoundingClientRect();
			    const across = l.left < f.right && l.right > f.left;
			    const along = l.top < f.bottom && l.bottom > f.top;
			    if (across && along) continue;
			    if (along && Math.max(f.left - l.right, l.left - f.right) <= 48) continue;
			    if (across && l.bottom <= f.top + 1) {
			      const between = fields.some(other => {
			        if (other === label || other === field) return false;
			        const o = other.getBoundingClientRect();
			        return o.left < f.right && o.right > f.left && o.top >= l.bottom - 1 && o.bottom <= f.top + 1;
			      });
			      if (!between) continue;
			    }
			    problems.push('the label ' + name(label) + ' does not stand by its field ' + name(field)
			        + ': label at ' + Math.round(l.left) + ',' + Math.round(l.top) + ', field at ' + Math.round(f.left) + ',' + Math.round(f.top));
			  }
			  return problems;
			}
			""";

	private Layout() {
	}

	/** The problems of {@code page} at each of the {@link #WIDTHS}; the page keeps its viewport. */
	static List<String> problems(Page page) {
		ViewportSize original = page.viewportSize();
		List<String> problems = new ArrayList<>();
		try {
			for (int width : WIDTHS) {
				page.setViewportSize(width, original == null ? 720 : original.height);
				@SuppressWarnings("unchecked")
				List<String> found = (List<String>) page.evaluate(SCRIPT);
				found.forEach(problem -> problems.add("at " + width + " px " + problem));
			}
		}
		finally {
			if (original != null) {
				page.setViewportSize(original.width, original.height);
			}
		}
		return problems;
	}
}

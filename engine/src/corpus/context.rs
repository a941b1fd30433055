//! Chrome that a line shows only among its neighbours: runs of short menu
//! lines around the story, link lists under a header or after the story,
//! headline-shaped links inside it, and short lines a page repeats.

use std::collections::BTreeMap;

use super::caption::is_caption;
use super::chrome;
use super::clean::{meta_rule, norm, Line};
use super::dates::dateline;

/// Three or more short lines in a row ("Home / World / Business", "View
/// settings / Font size / Site colours") before the story starts or after
/// it ends are a menu: navigation frames a story, while a list inside it
/// is content. Metadata lines between them neither count nor break the run.
pub(super) fn menus(lines: &mut [Line]) {
    let Some((first, last)) = story_bounds(lines) else {
        return;
    };
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, lines: &mut [Line]| {
        if run.len() >= 3 {
            for &i in run.iter() {
                if lines[i].rule.is_none() {
                    lines[i].rule = Some("menu");
                }
            }
        }
        run.clear();
    };
    for i in (0..first).chain(last + 1..lines.len()) {
        if i == last + 1 {
            flush(&mut run, lines);
        }
        if meta_rule(lines[i].rule) {
            continue;
        }
        if chrome::short_item(lines[i].text) && dateline(lines[i].text).is_none() {
            run.push(i);
        } else {
            flush(&mut run, lines);
        }
    }
    flush(&mut run, lines);
}

/// The first and last prose paragraphs among the lines not yet dropped.
fn story_bounds(lines: &[Line]) -> Option<(usize, usize)> {
    let prose = |i: &usize| lines[*i].rule.is_none() && prose_line(&lines[*i]);
    let first = (0..lines.len()).find(prose)?;
    let last = (0..lines.len()).rev().find(prose)?;
    Some((first, last))
}

/// Under a "Related" or "More from …" header, the headline-shaped lines are
/// links to other stories; so are two or more headline-shaped lines in a
/// row after the story has begun.
pub(super) fn link_lists(lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        if chrome::link_list_header(lines[i].text) {
            let mut j = i + 1;
            while j < lines.len()
                && (chrome::headline_shaped(lines[j].text) || lines[j].rule.is_some())
                && !meta_rule(lines[j].rule)
            {
                j += 1;
            }
            if j > i + 1 || lines[i].rule.is_some() {
                for line in &mut lines[i..j] {
                    line.rule = line.rule.or(Some("link-list"));
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Short lines that come back several times in one page are site
/// furniture ("Advertisement", "Most read"), never the story.
pub(super) fn repeated_furniture(lines: &mut [Line], title_line: Option<usize>) {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    let key = |l: &Line| norm(l.text);
    let short = |l: &Line| {
        // Speaker labels ("MAYOR:") and questions repeat in interviews.
        l.text.split_whitespace().count() <= 6 && !l.text.ends_with(['.', ':', '?'])
    };
    for l in lines.iter().filter(|l| l.rule.is_none() && short(l)) {
        *count.entry(key(l)).or_default() += 1;
    }
    let title = title_line.map(|i| key(&lines[i]));
    for l in lines.iter_mut() {
        if l.rule.is_none()
            && short(l)
            && count.get(&key(l)).is_some_and(|&n| n >= 2)
            && Some(key(l)) != title
        {
            l.rule = Some("repeated-furniture");
        }
    }
}

/// A line that ends in sentence punctuation: a paragraph of the story.
fn prose_line(l: &Line) -> bool {
    let end = l.text.trim_end_matches(['"', '”', '’', '\'', ')']);
    end.ends_with(['.', '!', '?', '…']) && l.text.split_whitespace().count() >= 6
}

/// Inside the story, a headline-shaped line with a headline's verb between
/// two paragraphs is a link to another story ("Mayor says the tunnel will
/// open in spring"); after the story's last paragraph, two or more
/// headline-shaped lines are a list of links.
pub(super) fn link_headlines(lines: &mut [Line], title_line: Option<usize>) {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].rule.is_none())
        .collect();
    let Some(lead) = kept
        .iter()
        .position(|&i| prose_line(&lines[i]) && Some(i) > title_line)
    else {
        return;
    };
    let last = kept
        .iter()
        .rposition(|&i| prose_line(&lines[i]))
        .unwrap_or(lead);
    let link = |l: &Line| chrome::headline_shaped(l.text) && !is_caption(l.text);
    let mut marks = Vec::new();
    for k in lead + 1..last {
        let l = &lines[kept[k]];
        let para = |l: &Line| prose_line(l) || is_caption(l.text);
        let between = para(&lines[kept[k - 1]]) && para(&lines[kept[k + 1]]);
        if link(l) && between && chrome::headline_verb(l.text) {
            marks.push(kept[k]);
        }
    }
    let tail = &kept[last + 1..];
    if tail.len() >= 2 && tail.iter().all(|&i| link(&lines[i])) {
        marks.extend_from_slice(tail);
    }
    for i in marks {
        lines[i].rule = Some("link-headline");
    }
}

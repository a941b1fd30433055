//! Event ids for URLs (`event=`): the earliest date and the slugs of the
//! label's first names, so an id says what it is, survives rebuilds and
//! does not move when documents are added in another order.

/// Slug words in an id, at most.
const WORDS: usize = 6;

/// `2023-02-21-ana-lima-dorvale`, or `undated-…` without a date.
pub fn event_id(start: Option<&str>, names: &[String]) -> String {
    let mut parts: Vec<String> = vec![start.unwrap_or("undated").to_string()];
    let slug: Vec<&str> = names
        .iter()
        .take(2)
        .flat_map(|id| {
            id.split_once(':')
                .map_or(id.as_str(), |(_, s)| s)
                .split('-')
        })
        .filter(|w| !w.is_empty())
        .take(WORDS)
        .collect();
    if slug.is_empty() {
        parts.push("event".into());
    } else {
        parts.push(slug.join("-"));
    }
    parts.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_date_and_names() {
        let names = vec!["person:ana-lima".to_string(), "gpe:dorvale".to_string()];
        assert_eq!(
            event_id(Some("2023-02-21"), &names),
            "2023-02-21-ana-lima-dorvale"
        );
        assert_eq!(event_id(None, &[]), "undated-event");
    }
}

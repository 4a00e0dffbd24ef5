//! "Did you mean": the closest known name to a misspelt one.
//!
//! Hostile input can ask for many suggestions between long names, so the
//! work is bounded: names longer than [`MAX_COMPARED`] characters get no
//! suggestion, candidates whose length alone rules them out are skipped
//! before anything is computed, and the distance is computed only inside a
//! band around the diagonal, in two rows, stopping as soon as it exceeds
//! what could still be suggested.

/// Longer names are never typos worth a suggestion (and comparing them is
/// what costs).
const MAX_COMPARED: usize = 64;

/// The candidate closest to `wrong` by edit distance, if it is close enough
/// to be a plausible typo (about one edit in three characters).
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    closest_with(wrong, candidates, Ties::Alphabetical)
}

/// As [`closest`], but among equally close candidates the first given wins:
/// for candidates listed most likely first (currencies by how much they
/// are traded).
pub fn closest_ranked<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    closest_with(wrong, candidates, Ties::First)
}

#[derive(Clone, Copy, PartialEq)]
enum Ties {
    Alphabetical,
    First,
}

fn closest_with<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    ties: Ties,
) -> Option<&'a str> {
    let lowered: Vec<char> = wrong
        .chars()
        .flat_map(char::to_lowercase)
        .take(MAX_COMPARED + 1)
        .collect();
    if lowered.len() > MAX_COMPARED {
        return None;
    }
    let limit = (lowered.len() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut candidate = Vec::new();
    for c in candidates {
        // A lowercased name has at most as many characters as bytes.
        if c == wrong || c.len() + limit < lowered.len() {
            continue;
        }
        candidate.clear();
        let enough = lowered.len() + limit + 1;
        if c.is_ascii() {
            candidate.extend(
                c.bytes()
                    .take(enough)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            candidate.extend(c.chars().flat_map(char::to_lowercase).take(enough));
        }
        // Only as far as the best so far (ties go to the first name in
        // alphabetical order).
        let allowed = best.map_or(limit, |(d, _)| d);
        let Some(d) = distance_within(&lowered, &candidate, allowed) else {
            continue;
        };
        let better = match best {
            None => true,
            Some((best_d, best_c)) => {
                d < best_d || (d == best_d && ties == Ties::Alphabetical && c < best_c)
            }
        };
        if better {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Optimal string alignment distance (Levenshtein with transpositions)
/// between `a` and `b` when it is at most `max`, else `None`. Only cells
/// within `max` of the diagonal are computed, in rows as long as the
/// shorter word.
fn distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let (a, b) = if a.len() < b.len() { (b, a) } else { (a, b) };
    if a.len() - b.len() > max || max >= MAX_COMPARED {
        return None;
    }
    if max <= 1 {
        return within_one(a, b).filter(|d| *d <= max);
    }
    // Small cells: no distance computed here exceeds MAX_COMPARED.
    let max = u8::try_from(max).ok()?;
    let over = max + 1;
    // Rows on the stack: [`closest`] never compares a word longer than
    // MAX_COMPARED with anything, so the shorter one always fits.
    const WIDTH: usize = MAX_COMPARED + 1;
    if b.len() >= WIDTH {
        return None;
    }
    let mut two_back = [over; WIDTH];
    let mut previous = [over; WIDTH];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = u8::try_from(j).unwrap_or(over).min(over);
    }
    let mut current = [over; WIDTH];
    let set = |row: &mut [u8; WIDTH], j: usize, value: u8| {
        if let Some(cell) = row.get_mut(j) {
            *cell = value;
        }
    };
    let get = |row: &[u8], j: usize| row.get(j).copied().unwrap_or(over);
    for (i, ca) in a.iter().enumerate().map(|(i, c)| (i + 1, c)) {
        let low = i.saturating_sub(usize::from(max)).max(1);
        let high = (i + usize::from(max)).min(b.len());
        // The cells just outside the band read as "too far".
        set(
            &mut current,
            low - 1,
            if low == 1 {
                u8::try_from(i).unwrap_or(over).min(over)
            } else {
                over
            },
        );
        set(&mut current, high + 1, over);
        let mut row_best = get(&current, low - 1);
        for j in low..=high {
            let cb = b.get(j - 1);
            let cost = u8::from(Some(ca) != cb);
            let mut cell = (get(&previous, j) + 1)
                .min(get(&current, j - 1) + 1)
                .min(get(&previous, j - 1) + cost);
            if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == cb {
                cell = cell.min(get(&two_back, j - 2) + 1);
            }
            let cell = cell.min(over);
            set(&mut current, j, cell);
            row_best = row_best.min(cell);
        }
        if row_best > max {
            return None;
        }
        std::mem::swap(&mut two_back, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let d = get(&previous, b.len());
    (d <= max).then_some(usize::from(d))
}

/// [`distance_within`] for `max` 1 (every word up to five letters), in one
/// pass: `a` is at most one letter longer than `b`.
fn within_one(a: &[char], b: &[char]) -> Option<usize> {
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (rest_a, rest_b) = (a.get(same..)?, b.get(same..)?);
    if rest_a.is_empty() && rest_b.is_empty() {
        return Some(0);
    }
    // Letter by letter: these words are short, and a call to `memcmp` for
    // each would cost more than the comparison.
    let tails_equal =
        |skip_a: usize, skip_b: usize| rest_a.iter().skip(skip_a).eq(rest_b.iter().skip(skip_b));
    let one = if rest_a.len() == rest_b.len() {
        // One letter replaced, or two neighbours swapped.
        tails_equal(1, 1)
            || (rest_a.first() == rest_b.get(1)
                && rest_a.get(1) == rest_b.first()
                && tails_equal(2, 2))
    } else {
        // One letter inserted.
        tails_equal(1, 0)
    };
    one.then_some(1)
}

/// `did you mean `x`?` or nothing.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranked_ties_go_to_the_first_candidate() {
        let ranked = ["USD", "EUR", "UGX", "USD"];
        assert_eq!(closest_ranked("USX", ranked), Some("USD"));
        assert_eq!(closest("USX", ["UGX", "USD"]), Some("UGX"));
        assert_eq!(closest_ranked("EUX", ranked), Some("EUR"));
    }

    #[test]
    fn typos_find_their_word() {
        assert_eq!(closest("dyas", ["days", "weeks", "months"]), Some("days"));
        assert_eq!(closest("Globx", ["Acme", "Globex"]), Some("Globex"));
        assert_eq!(closest("zzz", ["Acme", "Globex"]), None);
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(distance_within(&chars("ab"), &chars("ba"), 3), Some(1));
    }

    /// The whole matrix, as the textbook computes it.
    fn full_distance(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_band_agrees_with_the_whole_matrix() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..20_000 {
            let word = |next: &mut dyn FnMut(u64) -> u64| -> Vec<char> {
                let len = next(9);
                (0..len).map(|_| (b'a' + next(3) as u8) as char).collect()
            };
            let a = word(&mut next);
            let b = word(&mut next);
            let max = next(6) as usize;
            let full = full_distance(&a, &b);
            let banded = distance_within(&a, &b, max);
            assert_eq!(
                banded,
                (full <= max).then_some(full),
                "{a:?} {b:?} within {max}"
            );
        }
    }

    #[test]
    fn long_names_get_no_suggestion_and_cost_nothing() {
        let long = "a".repeat(100_000);
        let other = format!("{}b", "a".repeat(99_999));
        assert_eq!(closest(&long, [other.as_str()]), None);
        let near = "a".repeat(60);
        let mut typo = near.clone();
        typo.push('b');
        assert_eq!(
            closest(&typo, [near.as_str(), long.as_str()]),
            Some(near.as_str())
        );
    }
}

//! A byte trie of phrases: which phrases begin at a given position of a text, shortest first.
//!
//! Cue words only count where a word begins, so the word lists are matched by walking this trie
//! from each word start ([`super::lexicon`]) rather than by running an automaton over every
//! byte: one walk per word start serves every list at once.

use std::collections::BTreeMap;

/// No node: the root table's empty entries.
const NONE: u32 = u32::MAX;

/// Where a node's children and payloads are in the shared arrays.
#[derive(Debug, Clone, Copy)]
struct Node {
    edges: (u32, u32),
    payloads: (u32, u32),
}

pub struct Trie<P> {
    /// The node each first byte leads to, or [`NONE`].
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    /// Each node's children: their bytes, sorted (searched, so kept apart and compact), and
    /// their nodes at the same index.
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    /// What each phrase ending at a node stands for.
    payloads: Vec<P>,
}

impl<P: Copy> Trie<P> {
    pub fn new<'p>(phrases: impl IntoIterator<Item = (&'p str, P)>) -> Trie<P> {
        // Built as maps, then laid out flat for the walks.
        let mut children: Vec<BTreeMap<u8, u32>> = vec![BTreeMap::new()];
        let mut ends: Vec<Vec<P>> = vec![Vec::new()];
        for (phrase, payload) in phrases {
            let mut node = 0;
            for &byte in phrase.as_bytes() {
                let next = children.len() as u32;
                let child = *children[node].entry(byte).or_insert(next);
                if child == next {
                    children.push(BTreeMap::new());
                    ends.push(Vec::new());
                }
                node = child as usize;
            }
            ends[node].push(payload);
        }
        let mut trie = Trie {
            root: Box::new([NONE; 256]),
            nodes: Vec::with_capacity(children.len()),
            edge_bytes: Vec::new(),
            edge_nodes: Vec::new(),
            payloads: Vec::new(),
        };
        for (&byte, &node) in &children[0] {
            trie.root[byte as usize] = node;
        }
        for (node_children, node_ends) in children.iter().zip(&ends) {
            let (edges_from, payloads_from) = (trie.edge_bytes.len(), trie.payloads.len());
            trie.edge_bytes.extend(node_children.keys());
            trie.edge_nodes.extend(node_children.values());
            trie.payloads.extend(node_ends);
            trie.nodes.push(Node {
                edges: (edges_from as u32, trie.edge_bytes.len() as u32),
                payloads: (payloads_from as u32, trie.payloads.len() as u32),
            });
        }
        trie
    }

    /// Whether some phrase begins with this byte: most positions of a text are ruled out here.
    pub fn may_start(&self, byte: u8) -> bool {
        self.root[byte as usize] != NONE
    }

    /// Calls `found(payload, end)` for each phrase that is `text[start..end]` with `end <= to`,
    /// shorter phrases first.
    pub fn walk(&self, text: &[u8], start: usize, to: usize, mut found: impl FnMut(P, usize)) {
        let Some(&first) = text.get(start).filter(|_| start < to) else {
            return;
        };
        let mut node = self.root[first as usize];
        let mut end = start + 1;
        while node != NONE {
            let Node { edges, payloads } = self.nodes[node as usize];
            for &payload in &self.payloads[payloads.0 as usize..payloads.1 as usize] {
                found(payload, end);
            }
            if end >= to {
                return;
            }
            let (first, last) = (edges.0 as usize, edges.1 as usize);
            node = self.edge_bytes[first..last]
                .binary_search(&text[end])
                .map_or(NONE, |i| self.edge_nodes[first + i]);
            end += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends<'t>(trie: &Trie<u8>, text: &'t str, start: usize, to: usize) -> Vec<(u8, &'t str)> {
        let mut out = Vec::new();
        trie.walk(text.as_bytes(), start, to, |p, end| {
            out.push((p, &text[start..end]))
        });
        out
    }

    #[test]
    fn walks_report_every_phrase_at_a_start_shortest_first() {
        let trie = Trie::new([
            ("de", 1),
            ("date", 2),
            ("date limite", 3),
            ("deadline", 4),
            ("date", 5),
            ("é", 6),
        ]);
        let text = "date limite: deadline délai";
        assert_eq!(
            ends(&trie, text, 0, text.len()),
            [(2, "date"), (5, "date"), (3, "date limite")]
        );
        assert_eq!(
            ends(&trie, text, 0, 8),
            [(2, "date"), (5, "date")],
            "not past `to`"
        );
        assert_eq!(
            ends(&trie, text, 13, text.len()),
            [(1, "de"), (4, "deadline")]
        );
        assert_eq!(
            ends(&trie, text, 5, text.len()),
            [],
            "no phrase begins with a space"
        );
        assert_eq!(ends(&trie, text, text.len(), text.len()), []);
        assert!(trie.may_start(b'd') && !trie.may_start(b'x'));
        let e = text.find('é').unwrap();
        assert_eq!(
            ends(&trie, text, e - 1, text.len()),
            [],
            "\"dé\" is not \"de\""
        );
        assert_eq!(ends(&trie, "é", 0, 2), [(6, "é")]);
    }
}

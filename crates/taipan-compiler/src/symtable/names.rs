//! An insertion-ordered map of symbols, and an insertion-ordered name set:
//! CPython's dicts keep insertion order, and `-m symtable` prints symbols
//! in that order.

use std::collections::{HashMap, HashSet};

use super::Symbol;

/// Symbols by name, iterated in insertion order.
#[derive(Clone, Debug, Default)]
pub struct SymbolMap {
    entries: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
}

impl SymbolMap {
    /// The symbol `name`.
    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.entries[i].1)
    }

    /// The symbol `name`, mutably.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        self.index.get(name).map(|&i| &mut self.entries[i].1)
    }

    /// Whether `name` is present.
    pub fn contains(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    /// Set `name` to `symbol`, keeping its place if it was present.
    pub fn insert(&mut self, name: &str, symbol: Symbol) {
        match self.index.get(name) {
            Some(&i) => self.entries[i].1 = symbol,
            None => {
                self.index.insert(name.to_owned(), self.entries.len());
                self.entries.push((name.to_owned(), symbol));
            }
        }
    }

    /// Remove `name`, keeping the others' order.
    pub fn remove(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.entries.remove(i);
            for (_, slot) in self.index.iter_mut() {
                if *slot > i {
                    *slot -= 1;
                }
            }
        }
    }

    /// The names and symbols in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Symbol)> {
        self.entries.iter().map(|(n, s)| (n.as_str(), s))
    }

    /// The names in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(n, _)| n.as_str())
    }

    /// Number of symbols.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A set of names that iterates in insertion order (CPython iterates a
/// hash set here, in an order that varies between runs; insertion order
/// is one of the orders it can produce and keeps Taipan deterministic).
#[derive(Clone, Debug, Default)]
pub(crate) struct NameSet {
    order: Vec<String>,
    members: HashSet<String>,
}

impl NameSet {
    pub(crate) fn contains(&self, name: &str) -> bool {
        self.members.contains(name)
    }

    pub(crate) fn add(&mut self, name: &str) {
        if self.members.insert(name.to_owned()) {
            self.order.push(name.to_owned());
        }
    }

    /// Remove `name`; whether it was there.
    pub(crate) fn discard(&mut self, name: &str) -> bool {
        if self.members.remove(name) {
            self.order.retain(|n| n != name);
            true
        } else {
            false
        }
    }

    pub(crate) fn extend(&mut self, other: &NameSet) {
        for name in &other.order {
            self.add(name);
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(String::as_str)
    }
}

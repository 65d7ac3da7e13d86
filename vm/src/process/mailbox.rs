//! The private message queue of a process: the messages already taken from its signal inbox,
//! oldest first, with the save pointer of the `receive` in progress and the receive markers.
//!
//! Every message term here lives in the process's own memory (its fragment was attached to the
//! heap when the message entered the queue), so the queue is a garbage collection root.
//!
//! Each message gets a sequence number when it enters the queue. A receive marker
//! (`recv_marker_reserve`/`bind`/`use`) remembers the sequence number the queue had reached when
//! a fresh reference was made; a `receive` matching on that reference starts at the first message
//! at or after it, since no older message can contain the reference.

use std::collections::VecDeque;

use crate::term::Term;

/// Most receive markers a process keeps; the oldest is forgotten beyond that (which only makes
/// a later receive scan from the start).
const MAX_MARKERS: usize = 8;

/// A receive marker: the sequence number of the queue end when it was reserved and the
/// reference it was bound to (0 while unbound).
#[derive(Clone, Copy, Debug)]
struct Marker {
    seq: u64,
    ref_id: u64,
}

/// The private message queue.
#[derive(Default)]
pub struct Mailbox {
    queue: VecDeque<(u64, Term)>,
    save: usize,
    next_seq: u64,
    markers: Vec<Marker>,
}

impl Mailbox {
    /// Number of messages in the queue.
    #[inline]
    pub fn len(&self) -> usize {
        self.queue.len()
    }

    /// Whether the queue is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// Appends a message (a term of the owning process).
    pub fn push(&mut self, msg: Term) {
        self.queue.push_back((self.next_seq, msg));
        self.next_seq += 1;
    }

    /// The message at the save pointer, if the receive has not looked at every message yet.
    #[inline]
    pub fn peek(&self) -> Option<Term> {
        self.queue.get(self.save).map(|&(_, m)| m)
    }

    /// Moves the save pointer past the current message (`loop_rec_end`).
    #[inline]
    pub fn advance(&mut self) {
        if self.save < self.queue.len() {
            self.save += 1;
        }
    }

    /// Removes the message at the save pointer and rewinds the save pointer to the start
    /// (`remove_message`). Returns the message.
    pub fn remove_current(&mut self) -> Option<Term> {
        let m = if self.save == 0 {
            self.queue.pop_front()
        } else {
            self.queue.remove(self.save)
        }
        .map(|(_, m)| m);
        self.save = 0;
        m
    }

    /// Rewinds the save pointer to the oldest message (`timeout`).
    pub fn rewind(&mut self) {
        self.save = 0;
    }

    /// The messages, oldest first.
    pub fn messages(&self) -> impl DoubleEndedIterator<Item = Term> + '_ {
        self.queue.iter().map(|&(_, m)| m)
    }

    /// Calls `f` on every message term (garbage collection).
    pub fn visit_terms(&mut self, f: &mut dyn FnMut(&mut Term)) {
        for (_, m) in self.queue.iter_mut() {
            f(m);
        }
    }

    /// Reserves a receive marker at the current end of the queue; returns its handle.
    pub fn reserve_marker(&mut self) -> u64 {
        if self.markers.len() >= MAX_MARKERS {
            self.markers.remove(0);
        }
        self.markers.push(Marker {
            seq: self.next_seq,
            ref_id: 0,
        });
        self.next_seq
    }

    /// Binds the marker reserved as `handle` to the reference numbered `ref_id`.
    pub fn bind_marker(&mut self, handle: u64, ref_id: u64) {
        if let Some(m) = self
            .markers
            .iter_mut()
            .rev()
            .find(|m| m.seq == handle && m.ref_id == 0)
        {
            m.ref_id = ref_id;
        }
    }

    /// Starts the coming receive at the marker bound to `ref_id`, if there is one.
    pub fn use_marker(&mut self, ref_id: u64) {
        if let Some(m) = self.markers.iter().find(|m| m.ref_id == ref_id) {
            let start = self.queue.partition_point(|&(seq, _)| seq < m.seq);
            if start > self.save {
                self.save = start;
            }
        }
    }

    /// Forgets the marker bound to `ref_id`.
    pub fn clear_marker(&mut self, ref_id: u64) {
        self.markers.retain(|m| m.ref_id != ref_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selective_receive_keeps_order_and_rewinds() {
        let mut mb = Mailbox::default();
        for i in 0..4 {
            mb.push(Term::small(i));
        }
        assert_eq!(mb.peek(), Some(Term::small(0)));
        mb.advance();
        mb.advance();
        assert_eq!(mb.remove_current(), Some(Term::small(2)));
        assert_eq!(mb.peek(), Some(Term::small(0)));
        let rest: Vec<_> = mb.messages().collect();
        assert_eq!(rest, vec![Term::small(0), Term::small(1), Term::small(3)]);
    }

    #[test]
    fn a_marker_skips_older_messages() {
        let mut mb = Mailbox::default();
        mb.push(Term::small(1));
        mb.push(Term::small(2));
        let h = mb.reserve_marker();
        mb.bind_marker(h, 77);
        mb.push(Term::small(3));
        mb.use_marker(77);
        assert_eq!(mb.peek(), Some(Term::small(3)));
        mb.clear_marker(77);
        mb.rewind();
        mb.use_marker(77);
        assert_eq!(mb.peek(), Some(Term::small(1)));
    }
}

//! The driver trait: what one kind of port (`fd`, `spawn`) does with its descriptors.
//!
//! The port core ([`super::Port`]) owns framing, links, monitors and messages; a driver only
//! moves bytes. Every call is made with the port's lock held and must never block: reads and
//! writes are non-blocking, and what cannot be written at once is queued by the driver and
//! written when the I/O thread reports the descriptor writable.

/// What a non-blocking read gave.
pub enum Read {
    /// Bytes were read into the buffer.
    Data(usize),
    /// Nothing to read now; the I/O thread reports when there is.
    WouldBlock,
    /// End of input.
    Eof,
    /// A message the driver built itself (a datagram with its sender's address), for the
    /// given process or, when `None`, the port's owner.
    Deliver(Option<crate::term::Term>, crate::signal::Payload),
}

/// An error of a driver operation, as a POSIX error name (`epipe`, `einval`, ...).
pub type Errno = &'static str;

/// A message a driver owes for a command it has taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// `{Port, ok}` to the owner (`tty_sl`'s synchronous output).
    PortOk,
    /// `{inet_reply, Port, ok}` or `{inet_reply, Port, {error, E}}` to the process that gave
    /// the command (the `inet` drivers' sends).
    Inet(Result<(), Errno>),
}

/// One kind of port.
pub trait Driver: Send {
    /// Writes `bytes` (an already framed command), queueing what cannot be written at once.
    fn output(&mut self, bytes: &[u8]) -> Result<(), Errno>;

    /// The answers the commands written so far owe (oldest first); taking them empties the
    /// list.
    fn take_replies(&mut self) -> Vec<Reply> {
        Vec::new()
    }

    /// Reads available input into `buf`.
    fn read(&mut self, _buf: &mut [u8]) -> Result<Read, Errno> {
        Ok(Read::Eof)
    }

    /// Writes queued output now that the descriptor is writable.
    fn flush(&mut self) -> Result<(), Errno> {
        Ok(())
    }

    /// Bytes of output waiting to be written (`port_info(P, queue_size)`).
    fn queue_size(&self) -> usize {
        0
    }

    /// `port_control/3`: the reply, or `None` for `badarg` (the driver has no control).
    fn control(&mut self, _op: u32, _data: &[u8]) -> Option<Vec<u8>> {
        None
    }

    /// `port_control/3` called by process `caller` (to which a driver may answer later).
    fn control_from(
        &mut self,
        _caller: crate::term::Term,
        op: u32,
        data: &[u8],
    ) -> Option<Vec<u8>> {
        self.control(op, data)
    }

    /// How the runtime locks the port (`port_info(P, locking)`): `port_level` or
    /// `driver_level`.
    fn locking(&self) -> &'static str {
        "port_level"
    }

    /// The OS process behind the port, if any.
    fn os_pid(&self) -> Option<u32> {
        None
    }

    /// Whether the driver takes input (the port was not opened with `out`).
    fn has_input(&self) -> bool {
        false
    }

    /// The port is open as number `port`: the driver registers its descriptors with the I/O
    /// thread (or starts its reader).
    fn start(&mut self, _port: u64) {}

    /// The port's input ended: the driver lets go of what it no longer needs (a spawned
    /// program goes to the reaper, which reports its exit status to port `port`).
    fn input_ended(&mut self, _port: u64) {}

    /// Closes the descriptors (the port is closing). The OS process, if any, is left to the
    /// reaper.
    fn stop(&mut self, _port: u64) {}
}

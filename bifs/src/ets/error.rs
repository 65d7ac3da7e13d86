//! How ETS BIFs fail: `badarg`, with the `cause` erl puts in the `error_info` map (which
//! `erl_stdlib_errors` turns into an explanation).

use vm::bif::BifError;

/// Why an ETS operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fail {
    /// A bad argument that erl gives no cause for.
    Badarg,
    /// The table argument is neither an atom nor a reference.
    Type,
    /// No table has that name or identifier.
    Id,
    /// The caller may not read or write the table.
    Access,
    /// The operation does not apply to tables of this type.
    TableType,
    /// No object has the key (`update_counter/3`, `lookup_element/3`, `update_element/3`).
    BadKey,
    /// The operation would change the key position.
    KeyPos,
    /// A position is out of range or not an integer field.
    Position,
    /// A named table of that name exists already.
    AlreadyExists,
    /// `give_away/3` to the owner itself.
    Owner,
    /// The caller does not own the table.
    NotOwner,
    /// Not a failure: the operation yields and goes on in the next call (see
    /// [`super::yielding`]).
    Yield,
}

impl Fail {
    fn cause(self) -> Option<&'static str> {
        Some(match self {
            Fail::Badarg | Fail::Yield => return None,
            Fail::Type => "type",
            Fail::Id => "id",
            Fail::Access => "access",
            Fail::TableType => "table_type",
            Fail::BadKey => "badkey",
            Fail::KeyPos => "keypos",
            Fail::Position => "position",
            Fail::AlreadyExists => "already_exists",
            Fail::Owner => "owner",
            Fail::NotOwner => "not_owner",
        })
    }

    /// The error that the BIF `ets:function` raises for this failure.
    pub fn raise(self, function: &str) -> BifError {
        if self == Fail::Yield {
            return BifError::Yield;
        }
        match self.cause() {
            Some(cause) => vm::bif::badarg_with_cause("ets", function, cause),
            None => BifError::BADARG,
        }
    }
}

/// The result of an ETS operation.
pub type Res<T> = Result<T, Fail>;

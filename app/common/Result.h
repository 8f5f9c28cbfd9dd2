// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace bk {

/// An error a user can read: what went wrong, in a sentence, and a machine-usable kind.
struct Error {
    enum class Kind {
        Invalid,     ///< the input was rejected; nothing was written
        NotFound,    ///< the record does not exist
        ReadOnly,    ///< the database was opened read-only
        Conflict,    ///< a constraint (unique, foreign key, immutability) refused the change
        Stale,       ///< the record was saved elsewhere since it was read; nothing was written
        Storage,     ///< the database itself failed
        Io,          ///< a file could not be read or written
        Foreign,     ///< the file is not a Boundary Keeper database
        Damaged,     ///< the file failed SQLite's integrity check
        TooNew,      ///< the file was written by a newer Boundary Keeper
        Forbidden,   ///< the signed-in practitioner's role does not allow it (the server refused it too)
        Unreachable, ///< the practice server cannot be reached, or the connection to it was lost
        Denied,      ///< the practice server refused the user name or password
        Cancelled,   ///< the user stopped it before it was done; nothing was changed
    };
    Kind kind = Kind::Storage;
    QString message;
    /// What lies behind the message, for a "Details" area (a check's findings, the driver's text); never
    /// needed to understand what happened.
    QString details = {};
};

/// A value or an Error, for operations that can fail in ways the user must be told about.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    /// By value: a temporary Result may end before the caller is done (e.g. in a range-for).
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing on success.
class Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace bk

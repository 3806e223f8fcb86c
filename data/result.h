// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace dd::data {

// An error travelling as a value: a message for the user that names the place of the fault
// (file, table, line, field). Never an exception across the Qt event loop.
struct Error
{
    QString message;
};

template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
    {
    }

    explicit operator bool() const { return m_value.has_value(); }
    bool ok() const { return m_value.has_value(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }

    // Empty when ok().
    const QString &errorMessage() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but may fail.
using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate {});
}
inline Error failure(QString message)
{
    return Error { std::move(message) };
}

} // namespace dd::data

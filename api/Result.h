#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

namespace ctx {

// The outcome of an API call: a value or an ApiError.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(ApiError error)
        : m_state(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

// For calls that return nothing on success (e.g. 204).
struct Done
{
};

} // namespace ctx

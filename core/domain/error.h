#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace bc {

// What went wrong, as a value. `field` names the input it concerns (empty when it concerns
// none), `message` is already translated and meant for the user; driver text never goes here.
struct Error
{
    enum class Code
    {
        Invalid, // the input breaks a rule; `field` says which
        LoginTaken, // the login exists already (typed or lost a race)
        NameTaken, // a sibling group has that name
        NotFound, // the object is gone
        NotAllowed, // the rule forbids it in this state (e.g. group not empty)
        DatabaseBusy, // another writer held the database longer than the busy timeout
        DatabaseFull, // disk or quota full
        DatabaseReadOnly, // file or medium is read-only
        ConnectionLost, // the database went away
        CannotOpen, // the database could not be opened or is not ours
        AccessDenied, // the server refused the user name or password (ask for it)
        SchemaTooNew, // written by a newer console
        Internal, // anything else; details are in the log
    };

    Code code = Code::Internal;
    QString field;
    QString message;

    [[nodiscard]] bool isDatabaseProblem() const;
};

template<typename T> using Result = std::expected<T, Error>;

// Shorthand for returning an error: `return fail(Error::Code::Invalid, u"login"_s, tr(...));`
inline std::unexpected<Error> fail(Error::Code code, QString field, QString message)
{
    return std::unexpected(Error {code, std::move(field), std::move(message)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace bc

#pragma once

#include "core/domain/error.h"
#include "ui/widgets/wrappedlabel.h"

#include <QPointer>
#include <QString>

#include <initializer_list>
#include <utility>

namespace bc {

// The line of plain words under an input: an error from core (red, the input marked invalid)
// or, while there is none, an optional hint ("At most 1 TB in this group."). Hidden when empty.
// Its objectName is the input's plus "Error" ("login" → "loginError").
class FieldMessage final : public WrappedLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    // The property set to true on the input while it holds an invalid value.
    static constexpr const char *invalidProperty = "invalid";

    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    void setHint(const QString &hint);
    void setError(const QString &error);
    void clearError() { setError(QString()); }

    // Shows the error of a failed core check, clears it for a passed one; returns whether it passed.
    template<typename T> bool showResult(const Result<T> &result)
    {
        setError(result ? QString() : result.error().message);
        return result.has_value();
    }

    // Shows `error` in the message of `messages` whose field key (first) it names and focuses that
    // input; false when it names none of them.
    static bool showIn(const Error &error, std::initializer_list<std::pair<QString, FieldMessage *>> messages);

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QWidget *field() const { return m_field; }

private:
    void refresh();

    QPointer<QWidget> m_field;
    QString m_hint;
    QString m_error;
};

} // namespace bc

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bc {

// An email before its placeholders are filled: {name}, {login}, {organization}, {link}, {expiry}.
struct EmailTemplate
{
    QString subject;
    QString bodyText;
    QString bodyHtml;

    friend bool operator==(const EmailTemplate &, const EmailTemplate &) = default;
};

struct EmailValues
{
    QString name;
    QString login;
    QString organization;
    QString link;
    QDateTime expires;
};

struct RenderedEmail
{
    QString subject;
    QString text;
    QString html;
};

class EmailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(bc::EmailTemplates)

public:
    static EmailTemplate defaultActivation();
    static QStringList placeholders();
    // Fills the placeholders. Values are escaped in the HTML body (a first name cannot inject
    // markup); the subject has line breaks removed (no header injection).
    static RenderedEmail render(const EmailTemplate &email, const EmailValues &values,
                                const QLocale &locale = QLocale());
    // An HTML body for a plain-text one a person typed: escaped, paragraphs kept.
    static QString htmlFromText(const QString &text);
};

} // namespace bc

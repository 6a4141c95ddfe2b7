#include "ui/widgets/fieldmessage.h"

#include <QPalette>
#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Readable on light and dark backgrounds alike; the tint marks the input without restyling it.
const QColor errorText(0xc6, 0x28, 0x28);
const QColor invalidBase(0xfd, 0xec, 0xea);
const QColor invalidBaseText(0x20, 0x20, 0x20);

} // namespace

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : WrappedLabel(parent)
    , m_field(field)
{
    Q_ASSERT(field);
    setObjectName(field->objectName() + u"Error"_s);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldMessage::setHint(const QString &hint)
{
    m_hint = hint;
    refresh();
}

void FieldMessage::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    refresh();
}

void FieldMessage::refresh()
{
    const bool invalid = hasError();
    setText(invalid ? m_error : m_hint);
    setPalette(QPalette());
    if (invalid) {
        QPalette red = palette();
        red.setColor(QPalette::WindowText, errorText);
        setPalette(red);
    }
    setVisible(!text().isEmpty());
    updateGeometry();

    if (!m_field)
        return;
    m_field->setProperty(invalidProperty, invalid);
    m_field->setAccessibleDescription(invalid ? m_error : m_hint);
    m_field->setPalette(QPalette());
    if (invalid) {
        QPalette marked = m_field->palette();
        marked.setColor(QPalette::Base, invalidBase);
        marked.setColor(QPalette::Text, invalidBaseText);
        m_field->setPalette(marked);
    }
}

bool FieldMessage::showIn(const Error &error, std::initializer_list<std::pair<QString, FieldMessage *>> messages)
{
    for (const auto &[field, message] : messages) {
        if (field == error.field && message) {
            message->setError(error.message);
            if (message->field())
                message->field()->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace bc

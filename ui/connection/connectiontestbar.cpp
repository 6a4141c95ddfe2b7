#include "ui/connection/connectiontestbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Readable on light and dark backgrounds, as FieldMessage's errors.
const QColor failureText(0xc6, 0x28, 0x28);

} // namespace

ConnectionTestBar::ConnectionTestBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionTestBar"_s);
    m_test = new QPushButton(tr("T&est connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setAutoDefault(false);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"testBusy"_s);
    m_busy->setRange(0, 0); // moving, without a percentage
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setAccessibleName(tr("Connecting"));
    m_stop = new QPushButton(tr("St&op"), this);
    m_stop->setObjectName(u"stopTest"_s);
    m_stop->setAutoDefault(false);
    m_stop->setToolTip(tr("Stop waiting for the database; nothing is changed."));
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_test);
    layout->addWidget(m_busy);
    layout->addWidget(m_stop);
    layout->addWidget(m_result, 1);

    connect(m_test, &QPushButton::clicked, this, &ConnectionTestBar::testRequested);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        stop();
        showResult(tr("Stopped waiting. Nothing was changed."), false);
    });
    setRunning(false);
}

ConnectionTestBar::~ConnectionTestBar() = default;

void ConnectionTestBar::run(const Check &check, const DatabaseAddress &address, const QString &password, Done done)
{
    if (isRunning())
        return;
    m_watcher = new QFutureWatcher<Result<ConnectionCheck::Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, done = std::move(done)] {
        const auto result = m_watcher->result();
        delete std::exchange(m_watcher, nullptr);
        setRunning(false);
        done(result);
    });
    setRunning(true);
    showResult(tr("Connecting to %1…").arg(address.displayName()), false);
    // The worker gets copies only: Stop or closing the dialog leave it nothing to dangle.
    m_watcher->setFuture(QtConcurrent::run([check, address, password] { return check(address, password); }));
}

void ConnectionTestBar::stop()
{
    if (!m_watcher)
        return;
    delete std::exchange(m_watcher, nullptr);
    setRunning(false);
}

void ConnectionTestBar::showResult(const QString &text, bool failed)
{
    m_result->setText(text);
    QPalette palette;
    if (failed)
        palette.setColor(QPalette::WindowText, failureText);
    m_result->setPalette(palette);
    m_result->setAccessibleDescription(text);
}

void ConnectionTestBar::setTestEnabled(bool enabled)
{
    m_testEnabled = enabled;
    m_test->setEnabled(enabled && !isRunning());
}

void ConnectionTestBar::setRunning(bool running)
{
    const bool hadFocus = m_stop->hasFocus();
    m_busy->setVisible(running);
    m_stop->setVisible(running);
    m_test->setEnabled(m_testEnabled && !running);
    if (running)
        m_stop->setFocus();
    else if (hadFocus)
        m_test->setFocus();
    Q_EMIT runningChanged(running);
}

} // namespace bc

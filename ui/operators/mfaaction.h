#pragma once

#include "ui/operators/actingauthority.h"

#include <QFutureWatcherBase>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QAction;
class QWidget;

namespace bc {

class Workspace;

// Account → Two-step sign-in… (also in the list's context menu): on one selected account that is
// an operator (asked on the worker, in the background: the administrator switch or a security
// group), opens MfaDialog. Off otherwise, its tooltip saying why.
class MfaAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MfaAction)

public:
    MfaAction(Workspace &workspace, QWidget *window, QObject *parent);

    [[nodiscard]] QAction *action() const { return m_action; }
    // How long a selection of one account holds still before the worker is asked about it.
    static constexpr int settleMs = 150;

    // The selected accounts; on one, asks the worker whether it is an operator, once the selection
    // held still for settleMs. An answer for an older selection is dropped.
    // The same selection again is asked about again only after an account changed.
    void setSelection(const QList<qint64> &accountIds);
    // Who acts in the dialog (actingauthority.h); tests act as a given operator.
    void setAuthoritySource(AuthoritySource authority) { m_authority = std::move(authority); }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void open();
    void ask();
    // The selection held still: reads whether its one account is an operator.
    void read();

    Workspace &m_workspace;
    QWidget *m_window;
    QAction *m_action = nullptr;
    AuthoritySource m_authority = authorityFor;
    QList<qint64> m_selection;
    bool m_asked = false; // the answer for m_selection is known or on its way
    QString m_login;
    quint64 m_request = 0;
    QPointer<QFutureWatcherBase> m_pending;
    // A selection passed through (a click before a Shift+click, rows under a held arrow key) is not
    // asked about: over a slow link each question would hold the worker a round trip.
    QTimer m_settle;
};

} // namespace bc

#pragma once

#include "core/domain/databaseaddress.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <atomic>
#include <functional>

namespace bc {

namespace test {
class LatencyProxy;
}

// One scripted session of the console on a database reached through a LatencyProxy: it opens the
// database, works in the tree, the list, the wizard and the dialogs, disables many accounts, lives
// through an outage of the server, and closes. Each action is timed from the moment it is done to
// the moment its result shows (polled from the widgets), and the GUI thread's stalls are recorded
// with a heartbeat timer: a stall is a gap between two beats longer than the beat's interval.
class ResponsivenessScript final
{
public:
    static constexpr int beatMs = 2;
    // Stalls longer than this are counted (a frame at 60 Hz).
    static constexpr int stallThresholdMs = 16;

    enum class Outcome
    {
        Done,
        TimedOut, // the result did not show in time
        Cut, // the GUI thread was still blocked at the timeout: the proxy cut the connections to end it
        Skipped, // an earlier action it needs did not get done
    };
    static QString outcomeName(Outcome outcome);

    struct Options
    {
        int disableCount = 200;
        int outageMs = 10000;
        int timeoutMs = 30000;
    };
    struct Action
    {
        QString name;
        double resultMs = 0;
        double longestStallMs = 0;
        qint64 roundTrips = 0; // requests the console sent meanwhile
        Outcome outcome = Outcome::Done;
        QString note;
    };
    struct Run
    {
        int delayMs = 0;
        QList<Action> actions;
        double longestStallMs = 0;
        QString longestStallAction;
        QString slowestAction;
        double slowestActionMs = 0;
        int stallCount = 0;
        int notDone = 0;
        bool typedKept = false;
        QList<qint64> selectedIds; // the accounts the session set out to disable
    };

    ResponsivenessScript(test::LatencyProxy &proxy, const DatabaseAddress &address, const Options &options,
                         QTextStream &log);
    // Runs the session in the application's event loop; returns when the window has closed.
    Run run();

private:
    struct Step
    {
        QString name;
        std::function<void()> act; // does it; may block, may open a modal dialog
        std::function<bool()> done; // whether its result shows; polled
        bool measured = true;
    };
    struct Stall
    {
        double start = 0;
        double end = 0;
    };
    void addSteps();
    void beat();
    void poll();
    void begin(int index);
    void finish(Outcome outcome);
    void watch();
    double now() const { return m_clock.nsecsElapsed() / 1e6; }

    test::LatencyProxy &m_proxy;
    DatabaseAddress m_address;
    Options m_options;
    QTextStream &m_log;
    QList<Step> m_steps;
    QList<Stall> m_stalls;
    QList<Action> m_actions;
    QElapsedTimer m_clock;
    double m_lastBeat = 0;
    int m_current = -1;
    double m_stepStart = 0;
    qint64 m_stepChunks = 0;
    bool m_finished = false;
    bool m_typedKept = false;
    QList<qint64> m_selectedIds;
    // Shared with the watchdog thread.
    std::atomic<double> m_lastBeatShared {0};
    std::atomic<double> m_deadline {0}; // 0: no action running
    std::atomic<bool> m_cut {false};
    std::atomic<bool> m_stopWatching {false};
    struct State;
    State *m_state = nullptr;
};

} // namespace bc

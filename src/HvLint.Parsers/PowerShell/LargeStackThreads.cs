using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Threads with a large stack, kept and reused: a run of thousands of scripts used to start a
/// thread per script, and each start and exit maps and unmaps a 256 MB stack, which the kernel
/// does under one lock per process, so the workers waited on each other there. A thread is
/// taken from the idle ones (or made when none is idle, so there are at most as many as scripts
/// read at the same time), runs one piece of work, and goes back. The threads are background
/// threads: they never keep the process alive.
/// </summary>
internal sealed class LargeStackThreads
{
    private readonly int _stackSize;
    private readonly ConcurrentBag<Worker> _idle = [];

    public LargeStackThreads(int stackSize) => _stackSize = stackSize;

    /// <summary>Runs <paramref name="work"/> on a large-stack thread and waits; its exception is rethrown here.</summary>
    public void Run(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!_idle.TryTake(out var worker))
        {
            worker = new Worker(_stackSize);
        }

        try
        {
            worker.Run(work);
        }
        finally
        {
            _idle.Add(worker);
        }
    }

    private sealed class Worker
    {
        private readonly object _gate = new();
        private Action? _work;
        private bool _finished;
        private ExceptionDispatchInfo? _failure;

        public Worker(int stackSize)
        {
            var thread = new Thread(Loop, stackSize) { IsBackground = true, Name = "hvlint-powershell" };
            thread.Start();
        }

        public void Run(Action work)
        {
            lock (_gate)
            {
                _work = work;
                _failure = null;
                Monitor.PulseAll(_gate);
                while (!_finished)
                {
                    Monitor.Wait(_gate);
                }

                _finished = false;
            }

            _failure?.Throw();
        }

        private void Loop()
        {
            while (true)
            {
                Action work;
                lock (_gate)
                {
                    while (_work is null)
                    {
                        Monitor.Wait(_gate);
                    }

                    work = _work;
                }

                ExceptionDispatchInfo? failure = null;
                try
                {
                    work();
                }
#pragma warning disable CA1031 // Rethrown on the caller's thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }

                lock (_gate)
                {
                    _work = null;
                    _failure = failure;
                    _finished = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}

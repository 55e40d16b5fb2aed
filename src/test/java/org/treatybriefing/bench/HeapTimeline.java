package org.treatybriefing.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap over a run, for the benchmark's figures per step: every 100 ms the peak of the last
 * interval (the sum of the heap pools' peaks, reset each time: the figure the benchmark always
 * printed), and after each garbage collection the heap still in use (what the run holds, plus
 * old garbage a young collection leaves). {@link #peakBetween} and {@link #afterGcBetween} give
 * the largest of each over a step's time.
 */
final class HeapTimeline implements AutoCloseable {

    private record Sample(LocalDateTime at, long bytes) {
    }

    private final List<Sample> peaks = new ArrayList<>();
    private final List<Sample> afterGc = new ArrayList<>();
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final javax.management.NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeap(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            record(afterGc, used);
        }
    };

    HeapTimeline() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                record(peaks, peakSinceLastSample());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-timeline");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The largest interval peak of the whole run, in bytes. */
    long peak() {
        return peakBetween(LocalDateTime.MIN, LocalDateTime.MAX.minusSeconds(1));
    }

    /** The most heap in use after a collection over the whole run, in bytes. */
    long afterGc() {
        return afterGcBetween(LocalDateTime.MIN, LocalDateTime.MAX.minusSeconds(1));
    }

    /** The largest interval peak between two times, in bytes. */
    long peakBetween(LocalDateTime from, LocalDateTime to) {
        return largest(peaks, from, to);
    }

    /** The most heap in use after a collection between two times, in bytes (0: no collection). */
    long afterGcBetween(LocalDateTime from, LocalDateTime to) {
        return largest(afterGc, from, to);
    }

    private synchronized void record(List<Sample> samples, long bytes) {
        samples.add(new Sample(LocalDateTime.now(), bytes));
    }

    private synchronized long largest(List<Sample> samples, LocalDateTime from, LocalDateTime to) {
        // an interval peak is stamped at its end: the sample just after the step ends covers its last moments
        long max = 0;
        for (Sample s : samples) {
            if (!s.at().isBefore(from) && !s.at().isAfter(to.plusNanos(100_000_000))) {
                max = Math.max(max, s.bytes());
            }
        }
        return max;
    }

    private static long peakSinceLastSample() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        }
        return sum;
    }

    private static boolean isHeap(String poolName) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(poolName) && p.getType() == MemoryType.HEAP);
    }

    @Override
    public void close() throws Exception {
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
    }
}

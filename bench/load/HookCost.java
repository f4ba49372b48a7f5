import ca.uhn.fhir.context.FhirContext;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.fhir.cds.CdsHookRequest;
import org.tonus.fhir.cds.CdsJson;
import org.tonus.fhir.cds.CdsOrderService;
import org.tonus.fhir.cds.CdsServices;
import org.tonus.fhir.cds.CdsSettings;
import org.tonus.fhir.cds.FhirFetcher;

/**
 * The CPU time and allocation of one order-sign hook call in process, on one thread: the body read
 * into the request records, the call (record reading, check, cards) and the answer written to text,
 * as the server does per request. CPU time rather than wall time, so that a machine shared with
 * other builds still gives comparable figures. Run against a built jar (any build, to compare two):
 *
 * <pre>java -cp app/target/tonus.jar bench/load/HookCost.java bench/load/order-sign.json [BATCHES]</pre>
 *
 * <p>3,000 uncounted calls warm the JIT up; then BATCHES (default 20) batches of 200 calls are
 * timed, and the best and median batch are reported.
 */
public class HookCost {
  public static void main(String[] args) throws Exception {
    String body = Files.readString(Path.of(args[0]));
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    CdsOrderService service =
        new CdsOrderService(
            FhirContext.forR4Cached(),
            knowledge,
            new Checker(knowledge),
            new CdsSettings(URI.create("http://127.0.0.1"), Jurisdiction.US, Clock.systemUTC()));
    FhirFetcher never =
        (server, query) -> {
          throw new IllegalStateException("the load call prefetches everything: " + query);
        };
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    int batch = 200;
    long sink = 0;
    for (int i = 0; i < 3000; i++) {
      sink += CdsJson.write(service.call(CdsServices.ORDER_SIGN_ID, CdsJson.readRequest(body), never)).length();
    }
    List<Double> cpuMicros = new ArrayList<>();
    List<Double> allocKb = new ArrayList<>();
    for (int round = 0; round < batches; round++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long alloc0 = threads.getThreadAllocatedBytes(id);
      for (int i = 0; i < batch; i++) {
        CdsHookRequest request = CdsJson.readRequest(body);
        sink += CdsJson.write(service.call(CdsServices.ORDER_SIGN_ID, request, never)).length();
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long alloc = threads.getThreadAllocatedBytes(id) - alloc0;
      cpuMicros.add(cpu / 1000.0 / batch);
      allocKb.add(alloc / 1024.0 / batch);
    }
    Collections.sort(cpuMicros);
    Collections.sort(allocKb);
    System.out.printf(
        "hook call, %d batches of %d after 3000 warm-up calls: CPU µs a call best %.0f, median"
            + " %.0f; allocated kB a call median %.0f (check sum %d)%n",
        cpuMicros.size(),
        batch,
        cpuMicros.isEmpty() ? Double.NaN : cpuMicros.get(0),
        cpuMicros.isEmpty() ? Double.NaN : cpuMicros.get(cpuMicros.size() / 2),
        allocKb.isEmpty() ? Double.NaN : allocKb.get(allocKb.size() / 2),
        sink);
  }
}

package org.paperbake.bench;

import java.nio.file.Path;
import org.paperbake.bake.StockJBakeBaker;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.pipeline.Site;

/**
 * The stock-JBake side of {@code paperbake bench --compare-jbake}, run in its own JVM with OrientDB
 * on the classpath: the same pipeline as {@code paperbake build} (read, bake, post-process, check,
 * publish), with the bake done by JBake's own {@code Oven} and default utensils.
 */
public final class StockJBakeMain {

    private StockJBakeMain() {}

    /** Arguments: the site folder and the output folder. */
    public static void main(String[] args) {
        try {
            new Site(Path.of(args[0]), Path.of(args[1]), System.out::println, new StockJBakeBaker()).build();
        } catch (PaperbakeException e) {
            e.problems().forEach(problem -> System.err.println(problem.format()));
            System.exit(1);
        }
        System.exit(0);
    }
}

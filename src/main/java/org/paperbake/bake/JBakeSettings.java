package org.paperbake.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * JBake's configuration for one bake, loaded as JBake's {@code ConfigUtil} loads it.
 *
 * <p>The same layers in the same order — {@code custom.properties} if present, the site's
 * {@code jbake.properties}, JBake's {@code default.properties}, system properties — with the same
 * list delimiter, but read directly: JBake's configuration builders introspect beans through
 * reflection proxies, which costs more than a second in a fresh JVM.
 */
final class JBakeSettings {

    private JBakeSettings() {}

    /** The configuration for baking {@code config}'s site into {@code destination}. */
    static DefaultJBakeConfiguration load(SiteConfig config, Path destination) {
        Path source = config.sourceFolder();
        CompositeConfiguration layers = new CompositeConfiguration();
        layers.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        try {
            for (Path file : List.of(source.resolve(ConfigUtil.LEGACY_CONFIG_FILE), config.file())) {
                if (Files.isRegularFile(file)) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        layers.addConfiguration(read(reader));
                    }
                }
            }
            URL defaults = ConfigUtil.class.getClassLoader().getResource(ConfigUtil.DEFAULT_CONFIG_FILE);
            if (defaults != null) {
                try (InputStream in = defaults.openStream();
                        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    layers.addConfiguration(read(reader));
                }
            }
        } catch (IOException | ConfigurationException e) {
            throw new PaperbakeException.BadInput(
                    "cannot read the settings",
                    List.of(Problem.at(
                            config.file(),
                            0,
                            "cannot be read (" + e.getMessage() + ")",
                            "check the file's permissions and that it is plain text")));
        }
        layers.addConfiguration(new SystemConfiguration());
        DefaultJBakeConfiguration jbake = new DefaultJBakeConfiguration(source.toFile(), layers);
        jbake.setDestinationFolder(destination.toFile());
        jbake.setClearCache(true);
        return jbake;
    }

    private static PropertiesConfiguration read(Reader reader) throws ConfigurationException, IOException {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        properties.setThrowExceptionOnMissing(true);
        properties.setIncludesAllowed(false);
        properties.read(reader);
        return properties;
    }
}

package org.paperbake.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.configuration2.AbstractConfiguration;
import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.interpol.ConfigurationInterpolator;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * JBake's configuration for one bake, built from the settings {@link SiteConfig} already read and
 * validated — {@code jbake.properties} is parsed once, with one grammar.
 *
 * <p>Two layers: the site's settings, set literally, over JBake's own {@code default.properties}.
 * Unlike JBake's {@code ConfigUtil}, nothing else is read: not the legacy {@code custom.properties}
 * ({@link SiteConfig} refuses it), not the system properties, and no value is interpolated — a
 * {@code ${env:…}}, {@code ${sys:…}} or {@code ${file:…}} in a setting stays that text — or split at
 * commas (a title may hold them). It is also faster: JBake's configuration builders introspect beans
 * through reflection proxies, which costs more than a second in a fresh JVM.
 */
final class JBakeSettings {

    /** An interpolator that leaves every value as it is. */
    private static final ConfigurationInterpolator LITERAL = new ConfigurationInterpolator() {
        @Override
        public Object interpolate(Object value) {
            return value;
        }
    };

    private JBakeSettings() {}

    /** The configuration for baking {@code config}'s site into {@code destination}. */
    static DefaultJBakeConfiguration load(SiteConfig config, Path destination) {
        CompositeConfiguration layers = new CompositeConfiguration();
        literal(layers);
        layers.addConfiguration(siteLayer(config));
        layers.addConfiguration(jbakeDefaults(config));
        DefaultJBakeConfiguration jbake =
                new DefaultJBakeConfiguration(config.sourceFolder().toFile(), layers);
        jbake.setDestinationFolder(destination.toFile());
        jbake.setClearCache(true);
        return jbake;
    }

    /** The site's settings as literal text; only the Markdown extensions are a list, as JBake reads them. */
    private static BaseConfiguration siteLayer(SiteConfig config) {
        BaseConfiguration site = new BaseConfiguration();
        literal(site);
        site.setListDelimiterHandler(DisabledListDelimiterHandler.INSTANCE);
        config.jbake().forEach((key, value) -> {
            if (key.equals("markdown.extensions")) {
                for (String extension : value.split(",")) {
                    site.addProperty(key, extension);
                }
            } else {
                site.addProperty(key, value);
            }
        });
        return site;
    }

    /**
     * JBake's {@code default.properties} as text, read from its jar by the first bake: the jar does
     * not change while the JVM runs, and each of {@code serve}'s rebuilds looked it up again.
     */
    private static volatile String defaultsText;

    /** JBake's {@code default.properties}, from its jar, read as JBake reads it. */
    private static PropertiesConfiguration jbakeDefaults(SiteConfig config) {
        PropertiesConfiguration defaults = new PropertiesConfiguration();
        literal(defaults);
        defaults.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        defaults.setIncludesAllowed(false);
        try {
            String text = defaultsText;
            if (text == null) {
                text = readDefaults();
                defaultsText = text;
            }
            defaults.read(new StringReader(text));
        } catch (IOException | ConfigurationException e) {
            throw new PaperbakeException.BadInput(
                    "cannot read JBake's defaults",
                    List.of(Problem.at(
                            config.file(),
                            0,
                            "JBake's default settings cannot be read from its jar",
                            "rebuild Paperbake (the jar is damaged)")));
        }
        return defaults;
    }

    /** The text of JBake's {@code default.properties}; empty when its jar has none. */
    private static String readDefaults() throws IOException {
        URL url = ConfigUtil.class.getClassLoader().getResource(ConfigUtil.DEFAULT_CONFIG_FILE);
        if (url == null) {
            return "";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void literal(AbstractConfiguration configuration) {
        configuration.setInterpolator(LITERAL);
        configuration.setThrowExceptionOnMissing(false);
    }
}

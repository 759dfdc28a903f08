package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.paperbake.config.SiteConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub Actions workflows parse as YAML and hold the steps, permissions and concurrency Pages and pull requests need. */
class WorkflowsTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> workflow(String name) {
        // SnakeYAML reads the key 'on' as the boolean true (YAML 1.1); the workflow's trigger is looked up under both.
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(TestSites.read(
                        TestSites.PROJECT.resolve(".github/workflows").resolve(name)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>)
                map(map(workflow.get("jobs")).get(job)).get("steps");
    }

    static Object trigger(Map<String, Object> workflow) {
        return workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
    }

    static List<String> uses(List<Map<String, Object>> steps) {
        return steps.stream()
                .map(step -> (String) step.get("uses"))
                .filter(Objects::nonNull)
                .toList();
    }

    static List<String> runs(List<Map<String, Object>> steps) {
        return steps.stream()
                .map(step -> (String) step.get("run"))
                .filter(Objects::nonNull)
                .map(String::strip)
                .toList();
    }

    @Test
    void pages_publishes_main_and_manual_runs_with_the_permissions_and_concurrency_pages_needs() {
        Map<String, Object> pages = workflow("pages.yml");
        Map<String, Object> on = map(trigger(pages));
        assertEquals(List.of("main"), map(on.get("push")).get("branches"));
        assertTrue(on.containsKey("workflow_dispatch"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), pages.get("permissions"));
        assertEquals("pages", map(pages.get("concurrency")).get("group"));
        assertEquals(Boolean.FALSE, map(pages.get("concurrency")).get("cancel-in-progress"));
    }

    @Test
    void pages_tests_builds_and_uploads_the_output_folder_then_deploys_it() {
        Map<String, Object> pages = workflow("pages.yml");
        List<Map<String, Object>> build = steps(pages, "build");
        assertEquals(
                List.of(
                        "actions/checkout@v4",
                        "actions/setup-java@v4",
                        "actions/cache@v4",
                        "actions/configure-pages@v5",
                        "actions/upload-pages-artifact@v3"),
                uses(build));
        Map<String, Object> checkout = build.stream()
                .filter(step -> "actions/checkout@v4".equals(step.get("uses")))
                .findFirst()
                .orElseThrow();
        assertEquals(0, map(checkout.get("with")).get("fetch-depth"), "the whole history, for the record of changes");
        Map<String, Object> java = build.stream()
                .filter(step -> "actions/setup-java@v4".equals(step.get("uses")))
                .findFirst()
                .orElseThrow();
        assertEquals(Map.of("distribution", "temurin", "java-version", "17", "cache", "maven"), java.get("with"));
        List<String> commands = runs(build);
        assertTrue(
                commands.get(0).contains("apt-get install") && commands.get(0).contains("chromium chromium-driver"),
                commands.get(0));
        assertEquals(List.of("mvn -B verify", "./paperbake build --editions"), commands.subList(1, 3));
        Map<String, Object> upload = build.get(build.size() - 1);
        assertEquals(Map.of("path", "output"), upload.get("with"));
        Map<String, Object> deploy = map(map(pages.get("jobs")).get("deploy"));
        assertEquals("build", deploy.get("needs"));
        assertEquals("github-pages", map(deploy.get("environment")).get("name"));
        assertEquals(List.of("actions/deploy-pages@v4"), uses(steps(pages, "deploy")));
    }

    @Test
    void pages_builds_the_site_for_the_address_configure_pages_reports() {
        List<Map<String, Object>> build = steps(workflow("pages.yml"), "build");
        int configure = build.indexOf(build.stream()
                .filter(step -> "actions/configure-pages@v5".equals(step.get("uses")))
                .findFirst()
                .orElseThrow());
        Map<String, Object> site = build.stream()
                .filter(step -> "./paperbake build --editions".equals(step.get("run")))
                .findFirst()
                .orElseThrow();
        assertTrue(configure < build.indexOf(site), "configure-pages must run before the build that reads its output");
        String id = (String) build.get(configure).get("id");
        assertEquals(Map.of(SiteConfig.HOST_VARIABLE, "${{ steps." + id + ".outputs.base_url }}"), site.get("env"));
    }

    @Test
    void pull_requests_are_checked_built_and_the_site_uploaded_for_preview() {
        Map<String, Object> pr = workflow("pr.yml");
        assertTrue(map(trigger(pr)).containsKey("pull_request"));
        assertEquals(Map.of("contents", "read"), pr.get("permissions"));
        List<Map<String, Object>> content = steps(pr, "content");
        assertEquals(List.of("./paperbake check", "./paperbake build --editions"), runs(content));
        assertEquals(
                List.of(
                        "actions/checkout@v4",
                        "actions/setup-java@v4",
                        "actions/cache@v4",
                        "actions/upload-artifact@v4"),
                uses(content));
        Map<String, Object> upload = map(content.get(content.size() - 1).get("with"));
        assertEquals("output/", upload.get("path"));
        assertEquals("error", upload.get("if-no-files-found"));
        assertTrue(runs(steps(pr, "test")).contains("mvn -B verify"));
    }

    @Test
    void every_action_is_pinned_to_a_major_version() {
        for (String name : List.of("pages.yml", "pr.yml")) {
            Map<String, Object> workflow = workflow(name);
            for (String job : map(workflow.get("jobs")).keySet()) {
                for (String action : uses(steps(workflow, job))) {
                    assertTrue(action.matches("actions/[a-z-]+@v\\d+"), name + ": " + action);
                }
            }
        }
    }

    @Test
    void the_site_builds_restore_the_build_cache_keyed_on_every_input() {
        for (String[] workflowAndJob : new String[][] {{"pages.yml", "build"}, {"pr.yml", "content"}}) {
            List<Map<String, Object>> steps = steps(workflow(workflowAndJob[0]), workflowAndJob[1]);
            int cacheStep = uses(steps).indexOf("actions/cache@v4");
            Map<String, Object> cache = steps.stream()
                    .filter(step -> "actions/cache@v4".equals(step.get("uses")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(workflowAndJob[0] + " restores no build cache"));
            Map<String, Object> with = map(cache.get("with"));
            assertEquals(".paperbake-cache", with.get("path"), workflowAndJob[0]);
            String key = (String) with.get("key");
            for (String input :
                    List.of("'content/**'", "'templates/**'", "'assets/**'", "'jbake.properties'", "'src/main/**'")) {
                assertTrue(key.contains(input), workflowAndJob[0] + " keys the cache without " + input + ": " + key);
            }
            int buildStep = steps.indexOf(steps.stream()
                    .filter(step -> "./paperbake build --editions".equals(step.get("run")))
                    .findFirst()
                    .orElseThrow());
            assertTrue(
                    steps.indexOf(cache) < buildStep && cacheStep >= 0,
                    workflowAndJob[0] + ": the cache is restored before the build");
        }
    }
}

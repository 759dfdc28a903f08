<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- GitHub Pages serves this page for a missing address at any depth, where relative links would
     resolve against the wrong folder. With site.host set, a <base> points them at the site root;
     without it, the page says how to get back. -->
<#assign host = (config.site_host!"")?trim>
<@layout.page title="Page not found" root="" description="There is no page at this address." base_href=host?has_content?then(host?ensure_ends_with("/"), "")>
  <article class="not-found">
    <h1>Page not found</h1>
    <p>There is no page at this address. It may have been mistyped, or the page may have moved when the document was re-imported.</p>
    <ul>
      <#if library?has_content>
      <#-- A library's 404 belongs to no document: its sidebar lists the documents (bounded as everywhere), and its links lead to the home. -->
      <li><a href="index.html">The library's home, which lists its ${library?size} document<#if library?size != 1>s</#if></a></li>
      <#else>
      <li><a href="index.html">The cover and its full contents</a></li>
      <#if full_text><li><a href="full.html">The full text on one page</a></li></#if>
      </#if>
      <li><a href="search.html">Search</a></li>
    </ul>
    <#if !host?has_content><p class="hint">If these links don't work, go to the site's home page: remove everything after the site's address in your browser's address bar.</p></#if>
  </article>
</@layout.page>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- A glossary entry. The post-processor fills the two data-fill sections with every mention
     (pinpoint and sentence) and the terms that share paragraphs with this one. -->
<#assign categories = {"organization": "Organization", "agreement": "Agreement or instrument", "initiative": "Initiative",
  "mechanism": "Dialogue or mechanism", "event": "Conference, forum or event", "operation": "Operation", "place": "Country or region", "concept": "Concept"}>
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.short>
  <nav class="breadcrumbs" aria-label="Breadcrumbs">
    <ol>
      <li><a href="${content.rootpath}index.html"><#if library?has_content>Library<#else>Cover</#if></a></li>
      <li><a href="${content.rootpath}glossary.html">Glossary</a></li>
      <li aria-current="page">${content.title}</li>
    </ol>
  </nav>
  <article class="term-entry" data-term="${content.slug}">
    <h1>${content.title}<#if content.acronym?has_content && content.acronym != content.title> <abbr>(${content.acronym})</abbr></#if></h1>
    <p class="term-meta"><span class="category">${categories[content.category]!content.category}</span><#if content.aliases?? && content.aliases?has_content> · Also written: ${content.aliases?join(", ")}</#if></p>
    <p class="term-short">${content.short}</p>
    <div class="text">${content.body?no_esc}</div>
    <section class="term-mentions" aria-labelledby="mentions-title">
      <h2 id="mentions-title">Mentioned in</h2>
      <div data-fill="term-mentions"></div>
    </section>
    <section class="related-terms" aria-labelledby="related-terms-title">
      <h2 id="related-terms-title">Related terms</h2>
      <div data-fill="related-terms"></div>
    </section>
  </article>
</@layout.page>

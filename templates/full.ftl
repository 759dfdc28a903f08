<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The whole document on one page. Each part keeps its data-number, so the post-processor gives
     every paragraph the same pinpoint anchor here as on the part's own page. -->
<#assign cover = content.cover>
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.description>
  <article class="full-text">
    <header class="full-header">
      <p class="kicker">The full text</p>
      <h1>${cover.title!config.site_title}</h1>
      <#if cover.publisher?? || cover.updated??>
      <p class="byline"><#if cover.publisher??>${cover.publisher}</#if><#if cover.publisher?? && cover.updated??> · </#if><#if cover.updated??><time datetime="${cover.updated}">${cover.updated?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></#if></p>
      </#if>
    </header>
    <nav class="page-toc" aria-labelledby="page-toc-title">
      <details open><summary><h2 id="page-toc-title">On this page</h2></summary>
      <ol>
        <#list content.parts as part>
        <li class="toc-${part.type}"><a href="#part-${part.slug}"><#if part.number?has_content && part.number != part.title><span class="num">${part.number}</span> </#if>${part.title}</a></li>
        </#list>
      </ol>
      </details>
    </nav>
    <#if cover.body?has_content><div class="cover-text">${cover.body?no_esc}</div></#if>
    <#list content.parts as part>
    <article class="document-part part-${part.type}" data-number="${part.number}" data-uri="${part.uri}">
      <#if part.type == "subsection">
      <h3 id="part-${part.slug}"><span class="num">${part.number}</span> ${part.title}</h3>
      <#else>
      <h2 id="part-${part.slug}"><#if part.number?has_content && part.number != part.title><span class="num">${part.number}.</span> </#if>${part.title}</h2>
      </#if>
      <div class="text">${part.body?no_esc}</div>
    </article>
    </#list>
  </article>
</@layout.page>

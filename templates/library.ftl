<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- A library's home page, generated when content/ has no index.md: every document, from its cover. -->
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.description>
  <article class="library">
    <p class="kicker">Library</p>
    <h1>${content.title}</h1>
    <p>This site holds ${library?size} documents. Each has its own contents, full text and numbered paragraphs, and a pinpoint names its document by the short title under which it is cited. The glossary, the references and the search cover them all.</p>
    <ol class="library-documents">
      <#list library as d>
      <li class="library-document" data-document="${d.short_title!""}">
        <h2><a href="${content.rootpath}${d.uri}">${d.title}</a></h2>
        <dl class="metadata">
          <dt>Cited as</dt><dd>${d.short_title!""}</dd>
          <#if d.issuer??><dt>Issued by</dt><dd>${d.issuer}</dd></#if>
          <#if d.issued??><dt>Released</dt><dd><time datetime="${d.issued}">${layout.long_date(d.issued)}</time></dd></#if>
          <#if d.holds??><dt>This site holds</dt><dd>${d.holds}</dd><#elseif d.parts_held?? && d.parts??><dt>Parts held</dt><dd>Part<#if d.parts_held?size gt 1>s</#if> ${d.parts_held?join(", ")} of ${d.parts}</dd><#else><dt>This site holds</dt><dd>The whole document</dd></#if>
          <dt>Paragraphs</dt><dd class="paragraph-count">${d.paragraphs}</dd>
        </dl>
      </li>
      </#list>
    </ol>
  </article>
</@layout.page>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- A library's home page, generated when content/ has no index.md: every document, from its cover. -->
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.description>
  <article class="library">
    <p class="kicker">Library</p>
    <h1>${content.title}</h1>
    <p>This site holds ${library?size} documents. Each has its own contents, full text and numbered paragraphs, and a pinpoint names its document by the short title under which it is cited. The glossary, the references and the search cover them all.</p>
    <#-- A large library's home is in pages of library_page_size documents (SitePagesRenderer), so that no page grows with the library. -->
    <#assign page_number = content.library_page!1>
    <#assign page_count = content.library_pages!1>
    <#assign page_size = content.library_page_size!library?size>
    <#assign first = (page_number - 1) * page_size>
    <#assign last = [first + page_size, library?size]?min - 1>
    <ol class="library-documents"<#if first gt 0> start="${(first + 1)?c}"</#if>>
      <#list library[first..last] as d>
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
    <#if page_count gt 1><@library_pager/></#if>
  </article>
</@layout.page>
<#-- Previous, next, the first and last pages and five around this one: bounded however many pages there are. -->
<#macro library_pager>
  <nav class="library-pages" aria-label="Pages of the library">
    <p>Documents ${first + 1}–${last + 1} of ${library?size}, page ${page_number} of ${page_count}:</p>
    <ol>
      <#list 1..page_count as n>
        <#if n == 1 || n == page_count || (n - page_number)?abs lte 2>
        <li><#if n == page_number><span aria-current="page">${n}</span><#else><a href="${content.rootpath}${(n == 1)?then("index.html", "library-" + n?c + ".html")}">${n}</a></#if></li>
        <#elseif n == 2 || n == page_count - 1>
        <li>…</li>
        </#if>
      </#list>
    </ol>
    <#if page_number gt 1><a rel="prev" href="${content.rootpath}${(page_number == 2)?then("index.html", "library-" + (page_number - 1)?c + ".html")}">Previous page</a></#if>
    <#if page_number lt page_count><a rel="next" href="${content.rootpath}library-${(page_number + 1)?c}.html">Next page</a></#if>
  </nav>
</#macro>

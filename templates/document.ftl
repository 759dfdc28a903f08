<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign description = content.description!"${content.title}: the full text, with numbered paragraphs, contents and search.">
<@layout.page title=content.title root=content.rootpath current=content.uri description=description>
  <article class="cover">
    <#-- "Part 6 of 6" is the source's web pagination, not the document's structure: say which parts the site holds. -->
    <p class="kicker">White paper<#if cover.holds??> · ${cover.holds}<#elseif content.part?? && content.parts??> · part ${content.part} of ${content.parts}</#if></p>
    <h1>${content.title}</h1>
    <@layout.document_facts/>
    <#if content.parts_missing?? && content.parts_missing?has_content><p class="parts-missing" role="note">Not yet in this edition: part<#if content.parts_missing?size gt 1>s</#if> ${content.parts_missing?join(", ")} of the ${content.parts} parts of the source. The contents below list only the parts held.</p></#if>
    <#if content.body?has_content><div class="text">${content.body?no_esc}</div></#if>
    <p class="cover-actions"><#if full_text><a class="button" href="${content.rootpath}${cover.folder!""}full.html">Read the full text on one page</a> </#if><a href="${content.rootpath}about.html">About this edition</a></p>
    <#if library?size gt layout.filter_documents>
    <#-- The search page lists no documents in a large library: the cover searches its own. -->
    <form class="search-form document-search" role="search" action="${content.rootpath}search.html" method="get">
      <input type="hidden" name="d" value="${(cover.folder!"")?remove_ending("/")}">
      <label for="document-search-q">Search this document</label>
      <div class="search-row">
        <input id="document-search-q" class="search-input" type="search" name="q" autocomplete="off">
        <button type="submit" class="search-button">Search</button>
      </div>
    </form>
    </#if>
    <div class="editions" data-editions-for="${content.uri}"></div>
    <section class="cover-contents" aria-labelledby="cover-contents-title">
      <h2 id="cover-contents-title">Contents</h2>
      <@layout.contents_list entries=contents_tree current="" root=content.rootpath panels=true expand_all=true/>
    </section>
  </article>
  <@layout.pager/>
</@layout.page>

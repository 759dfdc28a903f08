<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.description search=false scripts=library?has_content?then(["js/lunr.min.js", "js/search-index.js", "js/search-documents.js", "js/search.js"], ["js/lunr.min.js", "js/search-index.js", "js/search.js"])>
  <article class="search">
    <h1>Search</h1>
    <form class="search-form" role="search" action="search.html" method="get">
      <label for="search-q">Words, a name or a paragraph number from the document or its glossary</label>
      <div class="search-row">
        <input id="search-q" class="search-input" type="search" name="q" autocomplete="off" data-shortcut="/" aria-keyshortcuts="/" aria-describedby="search-help">
        <button type="submit" class="search-button">Search</button>
      </div>
      <#if library?has_content>
      <div class="search-row search-filter">
        <label for="search-document">In</label>
        <select id="search-document" name="d">
          <option value="">every document and the glossary</option>
          <#-- Above filter_documents only the document asked for (?d=, from its cover's search form) is offered: search.js adds it. -->
          <#if library?size lte layout.filter_documents><#list library as d><option value="${d.folder?remove_ending("/")}">${d.short_title!d.title}</option></#list></#if>
        </select>
      </div>
      <#if library?size gt layout.filter_documents>
      <p class="hint search-filter-hint">This library holds ${library?size} documents: to search one of them, use the search form on its cover, or pick it from <a href="index.html">the library</a>.</p>
      </#if>
      </#if>
      <p class="search-official"><input id="search-official" type="checkbox" name="official" value="1"> <label for="search-official">Only the document’s text: leave out editor’s notes and glossary entries</label></p>
      <p id="search-help" class="hint">Press <kbd>/</kbd> on any page to search. A paragraph number such as ¶ 6.2.3 goes to the paragraph; put a phrase in quotes to find those words together.</p>
    </form>
    <p class="search-status" id="search-status" role="status" aria-live="polite"></p>
    <p class="search-suggest" id="search-suggest"></p>
    <ol class="search-results" id="search-results"></ol>
    <noscript><p>Search needs JavaScript.<#if full_text> Without it, open <a href="full.html">the full text on one page</a> and use your browser's find.</#if></p></noscript>
  </article>
</@layout.page>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The glossary, references and chronology pages: the post-processor fills the data-fill block
     from the glossary entries and the whole document. In a library a document's own chronology
     (content.document, its folder) is the chronology listing made again inside the document: its
     slot names the document, whose statements alone fill it. -->
<#assign own_document = (content.document!"")?has_content && cover.short_title??>
<@layout.page title=own_document?then(content.title + " · " + cover.short_title!"", content.title) root=content.rootpath current=content.uri description=content.description!"">
  <article class="listing" data-listing="${content.listing}">
    <#if own_document><p class="kicker"><a href="${content.rootpath}${cover.uri}">${cover.short_title}</a></p></#if><h1>${content.title}</h1>
    <div class="text">${content.body?no_esc}</div>
    <div class="listing-body" data-fill="${content.listing}"<#if own_document> data-document="${content.document}"</#if>></div>
  </article>
</@layout.page>

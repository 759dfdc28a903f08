<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The glossary, references and chronology pages: the post-processor fills the data-fill block
     from the glossary entries and the whole document. -->
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.description!"">
  <article class="listing" data-listing="${content.listing}">
    <h1>${content.title}</h1>
    <div class="text">${content.body?no_esc}</div>
    <div class="listing-body" data-fill="${content.listing}"></div>
  </article>
</@layout.page>

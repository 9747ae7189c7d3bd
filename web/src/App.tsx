/** The shell: navigation, and one view per route. Graph, timeline and map load on demand (their libraries are large). */
import { lazy, Suspense, useEffect, useRef } from 'react'
import { Loading } from './components/States'
import { useRoute } from './router'
import { ArticleView } from './views/ArticleView'
import { DossierView } from './views/DossierView'
import { ReviewView } from './views/ReviewView'
import { SearchView } from './views/SearchView'

const GraphView = lazy(() => import('./views/GraphView'))
const TimelineView = lazy(() => import('./views/TimelineView'))
const MapView = lazy(() => import('./views/MapView'))

const NAV: Array<[string, string]> = [['search', 'Search'], ['graph', 'Graph'], ['timeline', 'Timeline'], ['map', 'Map'], ['review', 'Review']]

export function App() {
  const route = useRoute()
  const main = useRef<HTMLElement>(null)
  useEffect(() => { if (!route.params.get('s')) main.current?.focus({ preventScroll: true }) }, [route.view, route.id])
  let view
  switch (route.view) {
    case 'entity': view = <DossierView id={route.id ?? ''} />; break
    case 'article': view = <ArticleView id={route.id ?? ''} params={route.params} />; break
    case 'graph': view = <GraphView params={route.params} />; break
    case 'timeline': view = <TimelineView params={route.params} />; break
    case 'map': view = <MapView params={route.params} />; break
    case 'review': view = <ReviewView />; break
    default: view = <SearchView params={route.params} />
  }
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus() }}>Skip to content</a>
      <header className="top">
        <a className="brand" href="#/search">Dossier</a>
        <nav aria-label="Views">
          <ul>
            {NAV.map(([v, label]) => (
              <li key={v}><a href={`#/${v}`} aria-current={route.view === v ? 'page' : undefined}>{label}</a></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} data-view={route.view}>
        <Suspense fallback={<Loading what="view" />}>{view}</Suspense>
      </main>
    </>
  )
}

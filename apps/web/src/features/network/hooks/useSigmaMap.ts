import type { Attributes } from 'graphology-types';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type Sigma from 'sigma';
import type { MapSelection, MapStates } from '../utils/network-filters';
import { buildNetworkGraph, type GraphData, type LinkAttributes, type NetworkGraph, type PartnerAttributes } from '../utils/network-graph';

type NodeState = { isFaded: boolean };
type EdgeState = { isFaded: boolean };
type NetworkSigma = Sigma<PartnerAttributes, LinkAttributes, Attributes, NodeState, EdgeState>;
type Extent = { x: [number, number]; y: [number, number] };

/**
 * How partners and ties are drawn, from their attributes and item states only (no reducer function): the renderer
 * then restyles just the items whose state changed, and panning or zooming restyles nothing.
 */
const STYLES = {
  nodes: [
    { x: { attribute: 'x' }, y: { attribute: 'y' }, size: { attribute: 'size' }, color: { attribute: 'color' }, shape: { attribute: 'shape' }, label: { attribute: 'label' } },
    { labelColor: '#212b32', labelSize: 13, labelFont: 'Arial, sans-serif', cursor: 'pointer', backdropColor: '#ffffff', backdropShadowColor: 'rgba(0, 0, 0, 0.5)', backdropShadowBlur: 8, backdropPadding: 4 },
    { whenState: 'isHidden', then: { visibility: 'hidden' } },
    { whenState: 'isFaded', then: { opacity: 0.2, labelVisibility: 'hidden' } },
    { whenState: 'isHighlighted', then: { labelVisibility: 'visible', backdropVisibility: 'visible', depth: 'topNodes' } },
    { whenState: 'isHovered', then: { opacity: 1, labelVisibility: 'visible', backdropVisibility: 'visible', depth: 'topNodes' } },
  ],
  edges: [
    { size: { attribute: 'size' }, color: { attribute: 'color' }, cursor: 'pointer' },
    { whenState: 'isHidden', then: { visibility: 'hidden' } },
    { whenState: 'isFaded', then: { opacity: 0.08 } },
    { whenState: 'isHovered', then: { opacity: 1, depth: 'topEdges' } },
  ],
} as const;

const SETTINGS = {
  // Node sizes are screen pixels (equal-size dots stay equal at any zoom), ties clickable.
  itemSizesReference: 'screen',
  enableEdgeEvents: true,
  // The map sits in a long page: the wheel scrolls the page unless Ctrl (⌘) is held, as on a web map.
  gestureTarget: 'shared',
  enableCameraRotation: false,
  enableCameraMouseRotation: false,
  // Labels wherever the label grid has room, at the equal dots' size (sigma's default waits for 6 px dots).
  labelRenderedSizeThreshold: 5,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
} as const;

/**
 * Above this many ties, ties and labels are not drawn while the map moves (sigma's hideEdgesOnMove and
 * hideLabelsOnMove): in a software WebGL renderer (no GPU), a frame of a place's 3,500 ties and 250 labels took
 * 0.6 s, not 16 ms.
 */
export const HIDE_ON_MOVE_ABOVE = 1_000;

const moveSettings = (graph: NetworkGraph) => ({ hideEdgesOnMove: graph.size > HIDE_ON_MOVE_ABOVE, hideLabelsOnMove: graph.size > HIDE_ON_MOVE_ABOVE });

let rendererModules: Promise<[typeof import('sigma'), typeof import('sigma/rendering')]> | null = null;

/**
 * Sigma and its node shapes, loaded with the map, not with the app (sigma needs WebGL 2 as soon as it loads, and is
 * most of the map's weight), and once: the page asks for them when it asks for the month, so that they have arrived
 * and been compiled by the time the month's answer has.
 */
export function loadRenderer() {
  rendererModules ??= Promise.all([import('sigma'), import('sigma/rendering')]);
  return rendererModules;
}

/** Only the states that differ from what the renderer has, so a filter change restyles the items it touches. */
function applyStates(sigma: NetworkSigma, graph: NetworkGraph, states: MapStates) {
  graph.forEachNode((node) => {
    const next = { isHidden: states.hiddenNodes.has(node), isFaded: states.fadedNodes.has(node), isHighlighted: states.highlightedNodes.has(node) };
    const now = sigma.getNodeState(node);
    if (now.isHidden !== next.isHidden || now.isFaded !== next.isFaded || now.isHighlighted !== next.isHighlighted) sigma.setNodeState(node, next);
  });
  graph.forEachEdge((edge) => {
    const next = { isHidden: states.hiddenEdges.has(edge), isFaded: states.fadedEdges.has(edge) };
    const now = sigma.getEdgeState(edge);
    if (now.isHidden !== next.isHidden || now.isFaded !== next.isFaded) sigma.setEdgeState(edge, next);
  });
}

interface SigmaMapOptions {
  data: GraphData | null;
  states: MapStates | null;
  /** The positions to frame; a new extent (another place, or "reset the view") reframes, a new month does not. */
  extent: Extent | null;
  onSelect: (selection: MapSelection) => void;
}

/**
 * One WebGL renderer (sigma) for the map's life: each month, place or sizing/colouring option gives it a new
 * graphology graph (camera and framing kept), and its item states follow the filters and the selection, restyling
 * only the items that change. Pan, zoom and hover are the renderer's own: React does not render per frame. `available` is false where WebGL 2 is not (the tables remain).
 */
export function useSigmaMap(container: RefObject<HTMLDivElement | null>, { data, states, extent, onSelect }: SigmaMapOptions) {
  const sigmaRef = useRef<NetworkSigma | null>(null);
  const graphRef = useRef<NetworkGraph | null>(null);
  const latest = useRef({ data, states, extent, onSelect });
  // What the renderer has been given, so that nothing is applied twice.
  const synced = useRef<GraphData | null>(null);
  const framed = useRef<Extent | null>(null);
  const [available, setAvailable] = useState(true);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    latest.current = { data, states, extent, onSelect };
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let stopped = false;
    let sigma: NetworkSigma | null = null;
    loadRenderer()
      .then(([{ default: Renderer }, { sdfCircle, sdfDiamond, sdfSquare }]) => {
        if (stopped) return;
        const { data: initial, states: initialStates, extent: initialExtent } = latest.current;
        const graph = buildNetworkGraph(initial ?? { nodes: new Map(), edges: new Map() });
        const renderer: NetworkSigma = new Renderer(graph, element, {
          primitives: { nodes: { shapes: [sdfCircle(), sdfDiamond(), sdfSquare()] } },
          styles: STYLES,
          settings: { ...SETTINGS, ...moveSettings(graph) },
          customNodeState: { isFaded: false },
          customEdgeState: { isFaded: false },
        } as ConstructorParameters<typeof Sigma<PartnerAttributes, LinkAttributes, Attributes, NodeState, EdgeState>>[2]);
        sigma = renderer;
        renderer.setCustomBBox(initialExtent);
        if (initialStates) applyStates(renderer, graph, initialStates);
        synced.current = initial;
        framed.current = initialExtent;
        renderer.on('clickNode', ({ node }) => latest.current.onSelect({ type: 'partner', id: node }));
        renderer.on('clickEdge', ({ edge }) => latest.current.onSelect({ type: 'link', id: edge }));
        renderer.on('clickStage', () => latest.current.onSelect(null));
        const onRender = () => {
          if (renderer.getGraph().order === 0) return;
          // For the bench: when the first map was on screen (jsdom has no marks).
          performance.mark?.('network-map-drawn');
          setDrawn(true);
          renderer.off('afterRender', onRender);
        };
        renderer.on('afterRender', onRender);
        sigmaRef.current = renderer;
        graphRef.current = graph;
      })
      .catch(() => {
        if (!stopped) setAvailable(false);
      });
    return () => {
      stopped = true;
      sigma?.kill();
      sigmaRef.current = null;
      graphRef.current = null;
    };
  }, [container]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !data || data === synced.current) return;
    // Another month, place or option: a new graph for the same renderer, which keeps its camera and framing.
    const graph = buildNetworkGraph(data);
    for (const [setting, value] of Object.entries(moveSettings(graph))) sigma.setSetting(setting as keyof ReturnType<typeof moveSettings>, value);
    sigma.setGraph(graph);
    graphRef.current = graph;
    synced.current = data;
  }, [data]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || extent === framed.current) return;
    sigma.setCustomBBox(extent);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    framed.current = extent;
  }, [extent]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    const graph = graphRef.current;
    if (sigma && graph && states) applyStates(sigma, graph, states);
  }, [states, data]);

  /** Moves the camera to a partner (found by search, or chosen in a table). */
  const focusPartner = useCallback((id: string) => {
    const sigma = sigmaRef.current;
    const position = sigma?.getNodeDisplayData(id);
    if (!sigma || !position) return;
    void sigma.getCamera().animate({ x: position.x, y: position.y, ratio: 0.4 }, { duration: 400 });
  }, []);

  /** The zoom and reset buttons: the map's keyboard alternative to the wheel and drag. */
  const zoom = useCallback((how: 'in' | 'out' | 'reset') => {
    const camera = sigmaRef.current?.getCamera();
    if (!camera) return;
    void (how === 'in' ? camera.zoomIn({ duration: 250 }) : how === 'out' ? camera.zoomOut({ duration: 250 }) : camera.reset({ duration: 300 }));
  }, []);

  return { available, drawn, focusPartner, zoom };
}

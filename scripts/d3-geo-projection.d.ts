/**
 * The part of d3-geo-projection that scripts/build-topology.ts uses. The package ships no types
 * and there is no @types/d3-geo-projection on the registry; this mirrors its README.
 */
declare module 'd3-geo-projection' {
  import type { GeoStreamWrapper } from 'd3-geo';
  import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';

  /**
   * Projects a GeoJSON object to planar coordinates through the projection's stream (antimeridian
   * cutting, clipping and adaptive resampling included). Rings come out clockwise in screen
   * coordinates (holes anticlockwise); geometries that fall entirely outside become null.
   */
  export function geoProject<P extends GeoJsonProperties>(
    object: Feature<Geometry, P>,
    projection: GeoStreamWrapper,
  ): Feature<Geometry | null, P>;
  export function geoProject<P extends GeoJsonProperties>(
    object: FeatureCollection<Geometry, P>,
    projection: GeoStreamWrapper,
  ): FeatureCollection<Geometry | null, P>;
}

import type { ComponentChildren } from 'preact';
import { t } from '../../strings/en';
import { Icon } from '../Icon';

/**
 * The map's key, folded away by default (a native <details>, so it opens by keyboard and is
 * announced as a disclosure): role shapes, handset fills, rings, selection and markers.
 * Colours match src/view/phaser/map/mapPalette.ts; every colour comes with a shape or line style.
 */
export function MapLegend() {
  return (
    <details class="map-ui__legend">
      <summary>{t('map.legend.heading')}</summary>
      <div class="map-ui__legend-body">
        <h3>{t('map.legend.roles')}</h3>
        <ul>
          <Row sample={<Icon name="role-boss" />}>{t('map.legend.boss')}</Row>
          <Row sample={<Icon name="role-lieutenant" />}>{t('map.legend.lieutenant')}</Row>
          <Row sample={<Icon name="role-broker" />}>{t('map.legend.broker')}</Row>
          <Row sample={<Icon name="role-launderer" />}>{t('map.legend.launderer')}</Row>
          <Row sample={<Icon name="role-enforcer" />}>{t('map.legend.enforcer')}</Row>
          <Row sample={<Icon name="role-courier" />}>{t('map.legend.courier')}</Row>
        </ul>
        <h3>{t('map.legend.people')}</h3>
        <ul>
          <Row sample={<Dot fill="#56b4e9" />}>{t('map.legend.handset')}</Row>
          <Row sample={<Dot fill="#8a9099" />}>{t('map.legend.dark')}</Row>
          <Row sample={<Dot fill="#0d1828" />}>{t('map.legend.none')}</Row>
          <Row sample={<Ring colour="#f0e442" />}>{t('map.legend.evidence')}</Row>
          <Row sample={<Ring colour="#d55e00" dashed />}>{t('map.legend.rumour')}</Row>
          <Row sample={<Ring colour="#ffffff" wide />}>{t('map.legend.selected')}</Row>
          <Row sample={<Tie />}>{t('map.legend.tie')}</Row>
          <Row sample={<Marker />}>{t('map.legend.marker')}</Row>
        </ul>
      </div>
    </details>
  );
}

function Row({ sample, children }: { sample: ComponentChildren; children: ComponentChildren }) {
  return (
    <li>
      <span class="map-ui__sample">{sample}</span>
      {children}
    </li>
  );
}

function Dot({ fill }: { fill: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="6" fill={fill} stroke="rgb(185 205 230)" stroke-width="1.5" />
    </svg>
  );
}

function Ring({
  colour,
  dashed = false,
  wide = false,
}: {
  colour: string;
  dashed?: boolean;
  wide?: boolean;
}) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="4" fill="#56b4e9" stroke="rgb(185 205 230)" stroke-width="1" />
      <circle
        cx="10"
        cy="10"
        r={wide ? 8 : 7}
        fill="none"
        stroke={colour}
        stroke-width={wide ? 2.5 : 1.8}
        stroke-dasharray={dashed ? '3 2' : undefined}
      />
    </svg>
  );
}

/** A tie along which the handset passed (both ends have had it). */
function Tie() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <line x1="3" y1="15" x2="17" y2="5" stroke="#56b4e9" stroke-width="2" />
      <circle cx="3.5" cy="14.5" r="2.5" fill="#56b4e9" />
      <circle cx="16.5" cy="5.5" r="2.5" fill="#56b4e9" />
    </svg>
  );
}

/** A syndicate marker a third full of handsets: a pie wedge from twelve o'clock. */
function Marker() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="8" fill="#09101c" stroke="rgb(220 232 248)" stroke-width="1.5" />
      <path d="M10 10 L10 2 A8 8 0 0 1 16.93 14 Z" fill="#56b4e9" />
    </svg>
  );
}

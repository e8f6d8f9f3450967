/**
 * getStaticPaths for every dynamic page, shared by the English and French
 * route files so that both languages always have the same pages.
 */
import { loadAreas, loadDepartments, loadOrganizations, loadStories } from './content.ts';

export async function memberPaths() {
  return (await loadOrganizations()).map((org) => ({ params: { slug: org.slug }, props: { org } }));
}

export async function areaPaths() {
  return (await loadAreas()).map((area) => ({ params: { slug: area.id }, props: { area } }));
}

export async function storyPaths() {
  return (await loadStories()).map((story) => ({ params: { slug: story.id }, props: { story } }));
}

export async function departmentPaths() {
  return (await loadDepartments()).map((department) => ({ params: { code: department.code }, props: { department } }));
}
